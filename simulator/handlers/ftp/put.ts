// SIM767XX §15.2.14 AT+CFTPSPUT Transfer data from module's serial port to a file on FTP(S) server.
//
// AT+CFTPSPUT=<filepath>[,<data_len>[,<rest_size>]] opens the upload first (PASV, the data
// connection, REST <rest_size> when it is not 0, STOR <filepath> and the server's go-ahead), then
// prints the "> " prompt and takes the data from the UART:
//   <data_len> 1-2048: exactly that many bytes, binary;
//   <data_len> 0 or omitted: bytes up to a single <Ctrl+Z> (0x1A); <ETX> (0x03) makes the next byte
//     data, so <ETX><Ctrl+Z> is a Ctrl-Z and <ETX><ETX> an ETX of the file; every other byte is
//     data (NUL, backspace and ESC too). At most PUT_STREAM_MAX bytes (our figure: the manual
//     gives no limit); the module takes them all before it sends (a real one streams them).
// Then OK, and "+CFTPSPUT: 0" once the data is sent, the data connection closed and the server's
// final reply positive, or "+CFTPSPUT: <errcode>" (manual case 3, "failed after inputting data":
// 6 the transfer broke or too much data, 5 no data within PUT_INPUT_TIMEOUT_MS, the command's
// Max Response Time).
// Failures before the prompt (the server refused PASV/REST/STOR, no data connection): ERROR, then
// "+CFTPSPUT: <errcode>" (case 2). Refused before anything is sent (not logged in 11, peer closed
// 4, busy 3): "+CFTPSPUT: <errcode>" ERROR (case 5).
// The manual's example shows the data without the prompt; the module prints "> " as for every
// data input of the manual (AT+CIPSEND, AT+CFTRANRX).

import { reply, urcEffect, type CommandContext, type CommandHandler, type HandlerResult, type PromptInput } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import type { Upload } from '../../ftp/client.js';
import { ERRCODE, errcodeOf, FtpFailure } from '../../ftp/errors.js';
import { samePowerCycle } from '../../ftp/runtime.js';
import { background, loggedIn, refuse } from './common.js';

const NAME = '+CFTPSPUT';
const ETX = 0x03;
/** Most bytes taken without a <data_len> (our figure). */
export const PUT_STREAM_MAX = 1024 * 1024;
/** How long the module waits for the data: the command's Max Response Time (600000 ms). */
export const PUT_INPUT_TIMEOUT_MS = 600_000;

async function put(ctx: CommandContext): Promise<HandlerResult> {
  const session = loggedIn(ctx);
  if (!session.ok) return refuse(NAME, session.errcode);
  const path = ctx.arg('filepath') as string;
  const dataLen = (ctx.arg('data_len') as number | undefined) ?? 0;
  const rest = ctx.arg('rest_size') as number | undefined;
  const { state, modem: services } = ctx;
  state.ftp.operation = NAME;
  let upload: Upload;
  try {
    upload = await session.client.store(path, rest);
  } catch (e) {
    if (!samePowerCycle(services, state)) return reply(ERROR);
    if (state.ftp.operation === NAME) state.ftp.operation = undefined;
    const errcode = state.ftp.service.status === 'started' ? errcodeOf(e) : ERRCODE.NETWORK_ERROR;
    services.log(`ftp: ${NAME} ${path} refused: ${(e as Error).message}`);
    return reply(ERROR, [], [urcEffect(`${NAME}: ${errcode}`)]);
  }
  const onInput = (input: PromptInput): HandlerResult => {
    const run = background(ctx, NAME, async () => {
      if (input.kind === 'data') {
        await upload.finish(input.data);
        services.log(`ftp: ${NAME} ${path}: ${input.data.length} bytes stored`);
        return [`${NAME}: 0`];
      }
      await upload.abort();
      if (input.kind === 'timeout') throw new FtpFailure(ERRCODE.TIMEOUT, `no data within ${PUT_INPUT_TIMEOUT_MS} ms`);
      throw new FtpFailure(ERRCODE.TRANSFER_ERROR, input.kind === 'overflow' ? `more than ${PUT_STREAM_MAX} bytes` : 'input cancelled');
    });
    return reply(OK, [], [{ type: 'task', run }]);
  };
  const end = dataLen > 0 ? ({ kind: 'length', length: dataLen } as const) : ({ kind: 'ctrl-z', maxLength: PUT_STREAM_MAX, escape: ETX, binary: true } as const);
  return { prompt: { end, timeoutMs: PUT_INPUT_TIMEOUT_MS, onInput } };
}

export const cftpsput: CommandHandler = {
  name: NAME,
  write: put,
};

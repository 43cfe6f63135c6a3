// SIM767XX §14.2.7 AT+HTTPDATA Input HTTP Data.
//
//   AT+HTTPDATA=<size>,<time>   DOWNLOAD
//                               <exactly <size> bytes from the DTE, binary>
//                               OK
// <size> 1-153600 bytes, <time> 10-65535 s to give them. "When the total size of the inputted
// data reaches <size>, TA will report [OK]. Otherwise, the serial port will be blocked": until
// <time> runs out, when the module answers ERROR and keeps nothing of the partial input (our
// reading: the manual does not say what the end of <time> prints). The data replaces what an
// earlier AT+HTTPDATA gave and is posted by every POST and PUT (AT+HTTPACTION=1/4,
// AT+HTTPPOSTFILE does not use it) until AT+HTTPTERM. ERROR at once when the service is not
// started. "DOWNLOAD" is printed like a line of information text (<CR><LF>DOWNLOAD<CR><LF>).

import { reply, type CommandContext, type CommandHandler, type HandlerResult, type PromptInput } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { startedService } from '../../state/http.js';
import { refused, serviceOf } from './common.js';

function received(ctx: CommandContext, input: PromptInput): HandlerResult {
  if (input.kind !== 'data') return refused(ctx, `the data did not come in ${String(ctx.arg('time'))} s (${input.kind === 'timeout' ? input.partial.length : 0} of ${String(ctx.arg('size'))} bytes)`);
  const service = startedService(ctx.state);
  if (!service) return refused(ctx, 'the HTTP service stopped meanwhile');
  service.postData = Buffer.from(input.data);
  ctx.modem.log(`http: ${input.data.length} bytes to post`);
  return reply(OK);
}

function write(ctx: CommandContext): HandlerResult {
  const service = serviceOf(ctx);
  if (typeof service === 'string') return refused(ctx, service);
  const size = Number(ctx.arg('size'));
  const seconds = Number(ctx.arg('time'));
  return {
    prompt: {
      text: 'DOWNLOAD\r\n',
      end: { kind: 'length', length: size },
      timeoutMs: seconds * 1000,
      onInput: (input) => received(ctx, input),
    },
  };
}

export const httpdata: CommandHandler = { name: '+HTTPDATA', write };

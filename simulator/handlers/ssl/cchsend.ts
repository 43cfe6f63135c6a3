// SIM767XX §17.2.14 AT+CCHSEND Send data to server.
//
// AT+CCHSEND=<session_id>,<len> prints "> " and takes exactly <len> bytes (1-2048, binary: any
// byte is data), then OK; the bytes go to the server over the session's connection (as TLS
// records for an SSL/TLS session). With AT+CCHSET <report_send_result> 1, once the host's TCP
// stack took them: "+CCHSEND: <session_id>,0"; 18 "Send data timeout" if it did not within the
// session's <sendtimeout_val> (AT+CCHCFG, default 150 s); 4 "Peer closed" if the connection went
// meanwhile; 6 "Transfer failed" on another error. "Otherwise, the serial port will be blocked":
// the prompt waits for the <len> bytes, at most the command's max response time (120 s), after
// which the command answers ERROR and nothing is sent (the simulator never blocks for good).
// ERROR without a prompt: the session is not connected, or is the transparent session (its
// data goes in data mode).
// AT+CCHSEND? "+CCHSEND: 0,<unsent_len_0>,1,<unsent_len_1>": bytes given to the connection that
// its TCP stack has not taken yet (0 for a session that is not connected).

import { reply, type CommandContext, type CommandHandler, type HandlerResult, type PromptInput } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { CCH_ERR } from '../../cch/errors.js';
import { cchRuntimeOf, samePowerCycle } from '../../cch/runtime.js';
import { InternetError } from '../../internet/internet.js';

/** How long the prompt waits for the data: the command's max response time. */
export const INPUT_TIMEOUT_MS = 120_000;

function unsent(ctx: CommandContext, n: number): number {
  const conn = cchRuntimeOf(ctx.modem).sessions[n]?.conn;
  return conn?.open ? conn.bytesSent - conn.bytesAcked : 0;
}

function send(ctx: CommandContext): HandlerResult {
  const n = ctx.arg('session_id') as number;
  const length = ctx.arg('len') as number;
  const { state, modem: services } = ctx;
  const session = state.cch.sessions[n]!;
  const lifecycle = session.lifecycle;
  const conn = cchRuntimeOf(services).sessions[n]?.conn;
  if (lifecycle?.status !== 'open' || lifecycle.transparent || !conn) return reply(ERROR);
  const onInput = (input: PromptInput): HandlerResult => {
    if (input.kind !== 'data' || !samePowerCycle(services, state) || cchRuntimeOf(services).sessions[n]?.conn !== conn || !conn.open) return reply(ERROR);
    const data = input.data;
    const timeoutMs = session.client.sendTimeoutS * 1000;
    const run = async () => {
      let timer: ReturnType<typeof services.setTimer> | undefined;
      const timedOut = new Promise<number>((resolve) => (timer = services.setTimer(timeoutMs, () => resolve(CCH_ERR.SEND_TIMEOUT))));
      const sent = conn.send(data).then(
        () => CCH_ERR.OK,
        (e: unknown) => (e instanceof InternetError && e.code === 'closed' ? CCH_ERR.PEER_CLOSED : CCH_ERR.TRANSFER_FAILED),
      );
      const err = await Promise.race([sent, timedOut]);
      services.clearTimer(timer);
      if (err !== CCH_ERR.OK) services.log(`cch: session ${n} send of ${data.length} bytes failed (${err})`);
      if (samePowerCycle(services, state) && state.cch.reportSendResult === 1) services.urc(`+CCHSEND: ${n},${err}`);
    };
    return reply(OK, [], [{ type: 'task', run }]);
  };
  return { prompt: { end: { kind: 'length', length }, timeoutMs: INPUT_TIMEOUT_MS, onInput } };
}

export const cchsend: CommandHandler = {
  name: '+CCHSEND',
  read: (ctx) => reply(OK, [`+CCHSEND: 0,${unsent(ctx, 0)},1,${unsent(ctx, 1)}`]),
  write: send,
};

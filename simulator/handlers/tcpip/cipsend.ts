// SIM767XX §13.2.4 AT+CIPSEND Send data through TCP or UDP Connection.
//
// AT+CIPSEND=<link_num>[,<length>] (TCP) / AT+CIPSEND=<link_num>,[<length>],<serverip>,<serverport>
// (UDP) prints "> " and takes the data: exactly <length> bytes (1-1500), or without a length up to
// Ctrl-Z, where <ETX> (0x03) makes the next byte literal so Ctrl-Z, ESC and ETX can be data; a lone
// ESC cancels (OK, nothing sent). Then OK, and "+CIPSEND: <link>,<reqSendLength>,<cnfSendLength>"
// once the host's TCP/IP stack took the data (UDP: once the datagram is sent): cnf equals req;
// -1 if the connection went meanwhile; 0 if the stack did not take it within AT+CIPTIMEOUT
// <cipsend_timeout> ("own send buffer or other side's congestion window are full"), after which
// the socket "cannot be used further": it is closed with "+IPCLOSE: <link>,2".
// Refusals: "+CIPERROR: <err>" ERROR: 2 network not opened, 4 the link is not connected (or is
// the transparent link, whose data goes in data mode), 3 a UDP link without <serverip>/<serverport>.
// For TCP a given <serverip>/<serverport> is ignored ("AT+CIPSEND=0," is accepted, §13.2.4 note).
// Without a length, more than 1500 bytes before Ctrl-Z: ERROR, nothing sent.

import { reply, type CommandContext, type CommandHandler, type HandlerResult, type PromptInput } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { CLOSE_REASON, ERR } from '../../tcpip/errors.js';
import { releaseLink, samePowerCycle, socketsOf } from '../../tcpip/links.js';
import { linkService } from './common.js';

const MAX_SEND = 1500;
const ETX = 0x03;

function refuse(err: number): HandlerResult {
  return reply(ERROR, [`+CIPERROR: ${err}`]);
}

function send(ctx: CommandContext): HandlerResult {
  const n = ctx.arg('link_num') as number;
  const length = ctx.arg('length') as number | undefined;
  const host = ctx.arg('serverip') as string | undefined;
  const port = ctx.arg('serverport') as number | undefined;
  const { state, modem: services } = ctx;
  if (!linkService(ctx, n)) return refuse(ERR.NETWORK_NOT_OPENED);
  const link = state.tcpip.links[n]!.lifecycle;
  if (!link || link.status !== 'open' || link.transparent) return refuse(ERR.NOT_SUPPORTED);
  if (link.type === 'UDP' && (host === undefined || port === undefined)) return refuse(ERR.WRONG_PARAMETER);
  const timeoutMs = state.tcpip.timeouts.cipsend;
  const onInput = (input: PromptInput): HandlerResult => {
    if (input.kind === 'cancelled') return reply(OK);
    if (input.kind !== 'data') return reply(ERROR);
    const socket = socketsOf(services).links[n];
    if (!samePowerCycle(services, state) || (!socket?.tcp && !socket?.udp)) return refuse(ERR.NOT_SUPPORTED);
    const data = input.data;
    const run = async () => {
      let cnf: number;
      if (socket.udp) {
        cnf = await socket.udp.send(data, host!, port!, services).catch(() => -1);
      } else {
        const conn = socket.tcp!;
        let timer: ReturnType<typeof services.setTimer> | undefined;
        const timedOut = new Promise<number>((resolve) => (timer = services.setTimer(timeoutMs, () => resolve(0))));
        cnf = await Promise.race([conn.send(data).catch(() => -1), timedOut]);
        services.clearTimer(timer);
        if (cnf === 0 && samePowerCycle(services, state) && socketsOf(services).links[n]?.tcp === conn) {
          services.urc(`+CIPSEND: ${n},${data.length},0`);
          releaseLink(state, services, n);
          conn.abort('local');
          services.urc(`+IPCLOSE: ${n},${CLOSE_REASON.SEND_TIMEOUT}`);
          return;
        }
      }
      if (samePowerCycle(services, state)) services.urc(`+CIPSEND: ${n},${data.length},${cnf}`);
    };
    return reply(OK, [], [{ type: 'task', run }]);
  };
  if (length !== undefined) return { prompt: { end: { kind: 'length', length }, timeoutMs, onInput } };
  return { prompt: { end: { kind: 'ctrl-z', maxLength: MAX_SEND, escape: ETX }, timeoutMs, onInput } };
}

export const cipsend: CommandHandler = {
  name: '+CIPSEND',
  write: send,
};

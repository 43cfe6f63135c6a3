// SIM767XX §13.2.6 AT+CIPCLOSE Close TCP or UDP Socket.
//
// AT+CIPCLOSE=<link_num>: a TCP link closes gracefully: OK, then "+CIPCLOSE: <link>,0" once the
// connection is down (case 1); the transparent link (its data session suspended by +++) prints
// "CLOSED" first (case 2). A UDP link: "+CIPCLOSE: <link>,0" OK (case 3). A link that is not
// connected: "+CIPCLOSE: <link>,4" ERROR (4 "Operation not supported"; case 5).
// AT+CIPCLOSE? "+CIPCLOSE: <link0_state>,<link1_state>,<link2_state>,<link3_state>", 1 connected.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { ERR } from '../../tcpip/errors.js';
import { releaseLink, samePowerCycle, socketsOf } from '../../tcpip/links.js';

export const cipclose: CommandHandler = {
  name: '+CIPCLOSE',
  read: (ctx) => reply(OK, [`+CIPCLOSE: ${ctx.state.tcpip.links.map((s) => (s.lifecycle?.status === 'open' ? 1 : 0)).join(',')}`]),
  write: (ctx) => {
    const n = ctx.arg('link_num') as number;
    const { state, modem: services } = ctx;
    const link = state.tcpip.links[n]!.lifecycle;
    const socket = socketsOf(services).links[n];
    if (!link || link.status !== 'open' || !socket) return reply(ERROR, [`+CIPCLOSE: ${n},${ERR.NOT_SUPPORTED}`]);
    releaseLink(state, services, n);
    if (socket.udp) {
      socket.udp.close();
      return reply(OK, [`+CIPCLOSE: ${n},${ERR.OK}`]);
    }
    const conn = socket.tcp!;
    const run = async () => {
      await conn.close();
      if (!samePowerCycle(services, state)) return;
      if (link.transparent) services.urc('CLOSED');
      services.urc(`+CIPCLOSE: ${n},${ERR.OK}`);
    };
    return reply(OK, [], [...(link.transparent ? [{ type: 'hangup-data' as const }] : []), { type: 'task', run }]);
  },
};

// SIM767XX §13.2.18 AT+CSOCKSETPN Set active PDP context's profile.
//
// AT+CSOCKSETPN=<cid>[,<ip_family>]: the context (1-15) and IP family (1 IPv4, default; 6 IPv6)
// AT+NETOPEN uses without a <cid>. ERROR while the socket service is opened ("NETOPEN is already
// active"). AT+CSOCKSETPN? "+CSOCKSETPN: <cid>,<ip_family>", one line as the response section
// gives it (the manual's example prints three lines, for contexts 1-3: see the example test).
// An IPv6 service opens only where the network grants IPv6 (control "set data network --ipv6").

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { MAX_CID, MIN_CID } from '../../state/packet.js';
import { serviceOpened } from '../../state/tcpip.js';

export const csocksetpn: CommandHandler = {
  name: '+CSOCKSETPN',
  read: (ctx) => reply(OK, [`+CSOCKSETPN: ${ctx.state.tcpip.socketPdp.cid},${ctx.state.tcpip.socketPdp.family}`]),
  write: (ctx) => {
    const cid = ctx.arg('cid') as number;
    const family = (ctx.arg('ip_family') as number | undefined) ?? 1;
    if (cid < MIN_CID || cid > MAX_CID || serviceOpened(ctx.state.tcpip)) return reply(ERROR);
    ctx.state.tcpip.socketPdp = { cid, family };
    return reply(OK);
  },
};

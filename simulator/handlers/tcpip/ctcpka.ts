// SIM767XX §13.2.19 AT+CTCPKA Conigure TCP heartbeat.
//
// AT+CTCPKA=<keepalive>,<keepidle>,<keepcount>,<keepinterval>: TCP keepalive on (1) or off, idle
// time 1-120 min before probing, 1-10 probes, probe interval in minutes (the manual gives no
// range: 1-120 here, as <keepidle>). "Set this up after we activate PDP by using AT+NETOPEN":
// ERROR before. It applies to the TCP links open now and those opened later, on the host socket
// (which takes the idle time; the probe count and interval stay the host's). The manual gives no
// factory values: 0,120,9,1 (Linux's TCP defaults in minutes). NO_SAVE.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { serviceOpened } from '../../state/tcpip.js';
import { socketsOf } from '../../tcpip/links.js';

export const ctcpka: CommandHandler = {
  name: '+CTCPKA',
  read: (ctx) => {
    const k = ctx.state.tcpip.keepalive;
    return reply(OK, [`+CTCPKA: ${k.enabled},${k.idleMin},${k.count},${k.intervalMin}`]);
  },
  write: (ctx) => {
    const [enabled, idleMin, count, interval] = ctx.args as [number, number, number, number | string];
    const intervalMin = Number(interval);
    if (!Number.isInteger(intervalMin) || intervalMin < 1 || intervalMin > 120) return reply(ERROR);
    if (!serviceOpened(ctx.state.tcpip)) return reply(ERROR);
    ctx.state.tcpip.keepalive = { enabled, idleMin, count, intervalMin };
    for (const link of socketsOf(ctx.modem).links) link?.tcp?.setKeepAlive(enabled === 1, idleMin * 60_000);
    return reply(OK);
  },
};

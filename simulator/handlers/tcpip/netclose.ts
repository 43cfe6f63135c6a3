// SIM767XX §13.2.2 AT+NETCLOSE Stop Socket Service.
//
// Closes the socket service and every link and server still open on it, then releases the
// context if AT+NETOPEN activated it (the EPS default bearer that registration brought up stays:
// LTE keeps it while attached). The execute form closes the service on every context; the
// write form AT+NETCLOSE=[<cid>] only on <cid>. Answers, per the manual's cases:
//   UDP links:  "+CIPCLOSE: <link>,0" before OK (case 4);
//   TCP links:  after OK, "+CIPCLOSE: <link>,0" once closed, preceded by "CLOSED" for the
//               transparent link (cases 2-3);
//   then "+NETCLOSE: 0" (execute) / "+NETCLOSE: 0,<cid>" (write).
// Not opened: "+NETCLOSE: 2" / "+NETCLOSE: 2,<cid>" (2 "Network not opened") and ERROR (case 5).
// A broken service (after +CIPEVENT: NETWORK CLOSED UNEXPECTEDLY) is released the same way.

import { reply, type CommandContext, type CommandHandler, type HandlerResult } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { deactivateContext } from '../../network/pdp.js';
import { ERR } from '../../tcpip/errors.js';
import { releaseLink, samePowerCycle, socketsOf } from '../../tcpip/links.js';

function close(ctx: CommandContext, cids: number[], withCid: number | undefined): HandlerResult {
  const t = ctx.state.tcpip;
  const { state, modem: services } = ctx;
  const closing = cids.filter((cid) => t.service[cid] && t.service[cid]!.status !== 'opening');
  const report = (err: number) => (withCid === undefined ? `+NETCLOSE: ${err}` : `+NETCLOSE: ${err},${withCid}`);
  if (closing.length === 0) return reply(ERROR, [report(ERR.NETWORK_NOT_OPENED)]);
  const runtime = socketsOf(services);
  const lines: string[] = [];
  const tcpCloses: Array<Promise<string[]>> = [];
  let transparent = false;
  for (let n = 0; n < t.links.length; n++) {
    const link = t.links[n]!.lifecycle;
    if (!link || !closing.includes(link.cid)) continue;
    const socket = runtime.links[n];
    releaseLink(state, services, n);
    if (socket?.udp) {
      socket.udp.close();
      lines.push(`+CIPCLOSE: ${n},0`);
    } else if (socket?.tcp) {
      transparent ||= link.transparent;
      const urcs = link.transparent ? ['CLOSED', `+CIPCLOSE: ${n},0`] : [`+CIPCLOSE: ${n},0`];
      tcpCloses.push(socket.tcp.close().then(() => urcs));
    }
  }
  t.servers.forEach((server, index) => {
    if (!server || !closing.includes(server.cid)) return;
    runtime.servers[index]?.close();
    runtime.servers[index] = undefined;
    t.servers[index] = undefined;
  });
  const release = closing.filter((cid) => {
    const s = t.service[cid]!;
    return s.status !== 'opening' && s.activatedByUs;
  });
  for (const cid of closing) delete t.service[cid];
  const run = async () => {
    for (const urcs of await Promise.all(tcpCloses)) if (samePowerCycle(services, state)) for (const u of urcs) services.urc(u);
    if (!samePowerCycle(services, state)) return;
    for (const cid of release) deactivateContext(state, services, cid, 'me');
    services.urc(report(ERR.OK));
  };
  // The transparent link's data session (suspended by +++) ends with it.
  return reply(OK, lines, [...(transparent ? [{ type: 'hangup-data' as const }] : []), { type: 'task', run }]);
}

export const netclose: CommandHandler = {
  name: '+NETCLOSE',
  exec: (ctx) => close(ctx, Object.keys(ctx.state.tcpip.service).map(Number), undefined),
  write: (ctx) => {
    const cid = (ctx.arg('cid') as number | undefined) ?? ctx.state.tcpip.socketPdp.cid;
    return close(ctx, [cid], cid);
  },
};

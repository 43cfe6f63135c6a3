// SIM767XX §13.2.1 AT+NETOPEN Start Socket Service.
//
// AT+NETOPEN / AT+NETOPEN=[<cid>] opens the socket service on a PDP context: the one of
// AT+CSOCKSETPN without <cid> (default 1). OK comes at once; "+NETOPEN: <err>" (execute form) or
// "+NETOPEN: <err>,<cid>" (write form) follows when the context is up: 0, or 1 "Network failure"
// (not registered, the context could not be activated, or IPv6 asked for by +CSOCKSETPN where
// the network grants none). A context that is not active yet is activated (+CGACT's activation);
// one already active (the EPS default bearer on context 1) is used as it is, after the socket
// library's start-up (SOCKET_START_MS, our figure: the manual gives only the 120 s bound of
// AT+CIPTIMEOUT): simulator/internet/service-context.ts. Already opened (or broken and not yet closed):
// "+IP ERROR: Network is already opened" ERROR. AT+CIPMODE at this moment decides whether the
// service is transparent (§13.2.10 note: "set AT+CIPMODE=1 before AT+NETOPEN").
// AT+NETOPEN? answers 1 while the service is opened on any context (also when broken: §13.4).

import { reply, type CommandContext, type CommandHandler, type HandlerResult } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { bringUpServiceContext } from '../../internet/service-context.js';
import { isRegistered } from '../../network/radio.js';
import { activeContext, MAX_CID, MIN_CID } from '../../state/packet.js';
import { serviceOpened } from '../../state/tcpip.js';
import { ERR, ERR_INFO } from '../../tcpip/errors.js';
import { samePowerCycle } from '../../tcpip/links.js';
import { ipErrorReply } from './common.js';

/** The socket library's start-up on a context that is already active. */
export const SOCKET_START_MS = 200;

function open(ctx: CommandContext, cid: number, withCid: boolean): HandlerResult {
  const t = ctx.state.tcpip;
  if (cid < MIN_CID || cid > MAX_CID) return ipErrorReply(ctx, ERR_INFO.INVALID_PARAMETER);
  if (t.service[cid]) return ipErrorReply(ctx, ERR_INFO.NETWORK_ALREADY_OPENED);
  t.service[cid] = { status: 'opening' };
  const { state, modem: services } = ctx;
  const transparent = t.cipmode === 1;
  const family = t.socketPdp.cid === cid ? t.socketPdp.family : 1;
  const report = (err: number) => services.urc(withCid ? `+NETOPEN: ${err},${cid}` : `+NETOPEN: ${err}`);
  const run = async () => {
    const up = await bringUpServiceContext(state, services, cid, SOCKET_START_MS);
    if (!samePowerCycle(services, state) || state.tcpip.service[cid]?.status !== 'opening') return;
    const context = activeContext(state.packet, cid);
    const address = family === 6 ? context?.ipv6 : context?.address;
    if (!up.ok || !isRegistered(state) || !address) {
      delete state.tcpip.service[cid];
      services.log(`tcpip: NETOPEN on context ${cid} failed`);
      report(ERR.NETWORK_FAILURE);
      return;
    }
    state.tcpip.service[cid] = { status: 'open', address, transparent, activatedByUs: up.activatedByUs };
    services.log(`tcpip: socket service open on context ${cid} (${address}${transparent ? ', transparent' : ''})`);
    report(ERR.OK);
  };
  return reply(OK, [], [{ type: 'task', run }]);
}

export const netopen: CommandHandler = {
  name: '+NETOPEN',
  read: (ctx) => reply(OK, [`+NETOPEN: ${serviceOpened(ctx.state.tcpip) ? 1 : 0}`]),
  exec: (ctx) => open(ctx, ctx.state.tcpip.socketPdp.cid, false),
  write: (ctx) => open(ctx, (ctx.arg('cid') as number | undefined) ?? ctx.state.tcpip.socketPdp.cid, true),
};

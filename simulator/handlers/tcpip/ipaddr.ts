// SIM767XX §13.2.7 AT+IPADDR Inquire Socket PDP address.
//
// AT+IPADDR / AT+IPADDR=[<cid>]: the address of the socket service's context (<cid> default: the
// context of AT+CSOCKSETPN, 1 at the factory): "+IPADDR: <ip_address>" (unquoted, as the manual's
// example prints it), or "+IP ERROR: Network not opened" ERROR when AT+NETOPEN has not opened it.

import { reply, type CommandContext, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { MAX_CID, MIN_CID } from '../../state/packet.js';
import { openService } from '../../state/tcpip.js';
import { ERR_INFO } from '../../tcpip/errors.js';
import { ipErrorReply } from './common.js';

function address(ctx: CommandContext, cid: number) {
  if (cid < MIN_CID || cid > MAX_CID) return reply(ERROR);
  const service = openService(ctx.state.tcpip, cid);
  if (!service) return ipErrorReply(ctx, ERR_INFO.NETWORK_NOT_OPENED);
  return reply(OK, [`+IPADDR: ${service.address}`]);
}

export const ipaddr: CommandHandler = {
  name: '+IPADDR',
  exec: (ctx) => address(ctx, ctx.state.tcpip.socketPdp.cid),
  write: (ctx) => address(ctx, (ctx.arg('cid') as number | undefined) ?? ctx.state.tcpip.socketPdp.cid),
};

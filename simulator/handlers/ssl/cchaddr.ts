// SIM767XX §17.2.9 AT+CCHADDR Get the IPv4 address.
//
// AT+CCHADDR / AT+CCHADDR=[<cid>] (default 1): "+CCHADDR: <ip_address>" (unquoted, as the
// manual's examples print it), the IPv4 address the network gave context <cid>; ERROR "if pdp
// has not been activated" (or the context has no IPv4 address). The address is the context's,
// whether AT+CCHSTART activated it or it was up before (the EPS default bearer on context 1).

import { reply, type CommandContext, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { activeContext } from '../../state/packet.js';

function address(ctx: CommandContext, cid: number) {
  const ip = activeContext(ctx.state.packet, cid)?.address;
  return ip ? reply(OK, [`+CCHADDR: ${ip}`]) : reply(ERROR);
}

export const cchaddr: CommandHandler = {
  name: '+CCHADDR',
  exec: (ctx) => address(ctx, 1),
  write: (ctx) => address(ctx, (ctx.arg('cid') as number | undefined) ?? 1),
};

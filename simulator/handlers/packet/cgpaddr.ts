// SIM767XX §5.2.9 AT+CGPADDR Show PDP address.
//
// +CGPADDR: <cid>,<PDP_addr> for the given context, or for every defined one (execute form);
// for an IPV4V6 context with both addresses "+CGPADDR: <cid>,<v4>,<v6>". The address is the one
// of the last activation, or the static one asked for with +CGDCONT; "<pdp_addr> is omitted if
// none is available". Addresses unquoted, as the manual's example prints them
// ("+CGPADDR: 1,10.83.214.110"). An undefined <cid>: +CME ERROR: 521 "CID is not defined".
// Test: +CGPADDR: (<defined cids>).

import { reply, type CommandHandler, type CommandContext } from '../../core/handler.js';
import { cme, ERROR, OK } from '../../core/result.js';
import { PDP_CME } from '../../network/pdp.js';
import { activeContext } from '../../state/packet.js';
import { CID_RULE, parseArgs } from '../network/args.js';
import { definedCids } from './cgact.js';

function line(ctx: CommandContext, cid: number): string {
  const packet = ctx.state.packet;
  const active = activeContext(packet, cid);
  const addresses = active ? [active.address, active.ipv6].filter((a): a is string => a !== undefined) : [packet.definitions[cid]?.address].filter((a): a is string => !!a);
  return `+CGPADDR: ${cid}${addresses.map((a) => ',' + a).join('')}`;
}

export const cgpaddr: CommandHandler = {
  name: '+CGPADDR',
  argumentCheck: 'own',
  test: (ctx) => reply(OK, [`+CGPADDR: (${definedCids(ctx).join(',')})`]),
  write: (ctx) => {
    const parsed = parseArgs(ctx.argText, [CID_RULE()]);
    if (!parsed.ok) return reply(ERROR);
    const cid = parsed.values[0] as number;
    if (!definedCids(ctx).includes(cid)) return reply(cme(PDP_CME.CID_NOT_DEFINED));
    return reply(OK, [line(ctx, cid)]);
  },
  exec: (ctx) => reply(OK, definedCids(ctx).map((cid) => line(ctx, cid))),
};

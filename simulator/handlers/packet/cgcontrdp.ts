// SIM767XX §5.2.13 AT+CGCONTRDP PDP context read dynamic parameters.
//
// AT+CGCONTRDP[=<cid>]: for the given active primary context, or every one, one line
//   +CGCONTRDP: <cid>,<bearer_id>,<apn>,<local_addr and subnet_mask>,<gw_addr>,<DNS_prim_addr>,
//               <DNS_sec_addr>
// (the address and mask dot-separated in one string, "10.83.214.110.255.255.255.0"); the
// P-CSCF, IM CN, LIPA, WLAN and local-address fields are "(Not displayed)" per the manual, so
// the line ends after the DNS servers. A context with an IPv6 address adds a second line with
// the IPv6 values. Undefined <cid>: +CME ERROR: 521; defined but inactive: 518 "CID is not
// active". Test: +CGCONTRDP: (<active primary cids>).
// The execute form is the manual's "AT+CGCONTRDP[=<cid>]" without its optional "=<cid>".

import { reply, type CommandContext, type CommandHandler } from '../../core/handler.js';
import { cme, ERROR, OK } from '../../core/result.js';
import { PDP_CME } from '../../network/pdp.js';
import { networkWorld } from '../../network/world.js';
import { activeContext, type ActiveContext } from '../../state/packet.js';
import { CID_RULE, parseArgs } from '../network/args.js';
import { definedCids } from './cgact.js';

function primaries(ctx: CommandContext): ActiveContext[] {
  return Object.keys(ctx.state.packet.contexts)
    .map((c) => activeContext(ctx.state.packet, Number(c)))
    .filter((c): c is ActiveContext => c !== undefined && c.primary === undefined)
    .sort((a, b) => a.cid - b.cid);
}

function lines(ctx: CommandContext, c: ActiveContext): string[] {
  const net = networkWorld(ctx.modem).packet;
  const out: string[] = [];
  if (c.address) out.push(`+CGCONTRDP: ${c.cid},${c.bearerId},"${c.apn}","${c.address}.${net.subnetMask}","${net.gateway}","${net.dns[0]}","${net.dns[1]}"`);
  if (c.ipv6) out.push(`+CGCONTRDP: ${c.cid},${c.bearerId},"${c.apn}","${c.ipv6}/64","fe80::1","2001:4860:4860::8888","2001:4860:4860::8844"`);
  return out;
}

function answer(ctx: CommandContext, cid: number | undefined) {
  if (cid === undefined) return reply(OK, primaries(ctx).flatMap((c) => lines(ctx, c)));
  if (!definedCids(ctx).includes(cid)) return reply(cme(PDP_CME.CID_NOT_DEFINED));
  const c = activeContext(ctx.state.packet, cid);
  if (!c || c.primary !== undefined) return reply(cme(PDP_CME.CID_NOT_ACTIVE));
  return reply(OK, lines(ctx, c));
}

export const cgcontrdp: CommandHandler = {
  name: '+CGCONTRDP',
  argumentCheck: 'own',
  test: (ctx) => reply(OK, [`+CGCONTRDP: (${primaries(ctx).map((c) => c.cid).join(',')})`]),
  write: (ctx) => {
    const parsed = parseArgs(ctx.argText, [CID_RULE(true)]);
    if (!parsed.ok) return reply(ERROR);
    return answer(ctx, parsed.values[0] as number | undefined);
  },
  exec: (ctx) => answer(ctx, undefined),
};

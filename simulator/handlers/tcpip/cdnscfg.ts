// SIM767XX §13.2.20 AT+CDNSCFG Configure Domain Name Server.
//
// AT+CDNSCFG=<pri_dns>[,<sec_dns>][,<type>] sets the DNS servers for IPv4 (<type> 0, default) or
// IPv6 (1); the addresses may be written with or without quotes (the example writes them bare).
// AT+CDNSCFG? "Primary IPv4 DNS: <pri_dns>, Secondary IPv4 DNS: <sec_dns>" — the example's layout
// (the response section prints no space after the comma and a second line for IPv6; "this
// platform does not support IPv6 by default", so the IPv6 line appears only once IPv6 servers
// are set). Until set, the servers are those the network gave (AT+CGCONTRDP's). AT+CDNSGIP uses
// them: when all are unreachable in the simulated internet, names do not resolve. NO_SAVE.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { isIpv4 } from '../../internet/resolver.js';
import { isIP } from 'node:net';
import { networkWorld, type NetworkWorld } from '../../network/world.js';
import type { ModemState } from '../../state/modem-state.js';

/** The IPv4 DNS servers in use. */
export function dnsServers(state: ModemState, world: NetworkWorld): [string, string] {
  return state.tcpip.dns.v4 ?? world.packet.dns;
}

export const cdnscfg: CommandHandler = {
  name: '+CDNSCFG',
  read: (ctx) => {
    const [p4, s4] = dnsServers(ctx.state, networkWorld(ctx.modem));
    const lines = [`Primary IPv4 DNS: ${p4}, Secondary IPv4 DNS: ${s4}`];
    const v6 = ctx.state.tcpip.dns.v6;
    if (v6) lines.push(`Primary IPv6 DNS: ${v6[0]}, Secondary IPv6 DNS: ${v6[1]}`);
    return reply(OK, lines);
  },
  write: (ctx) => {
    const primary = String(ctx.arg('pri_dns'));
    const secondary = ctx.arg('sec_dns') as string | undefined;
    const type = (ctx.arg('type') as number | undefined) ?? 0;
    const valid = (a: string) => (type === 0 ? isIpv4(a) : isIP(a) === 6);
    if (!valid(primary) || (secondary !== undefined && !valid(String(secondary)))) return reply(ERROR);
    const pair: [string, string] = [primary, secondary === undefined ? (type === 0 ? '0.0.0.0' : '::') : String(secondary)];
    if (type === 0) ctx.state.tcpip.dns.v4 = pair;
    else ctx.state.tcpip.dns.v6 = pair;
    return reply(OK);
  },
};

// SIM767XX §13.2.17 AT+CDNSGIP Query the IP Address of Given Domain Name.
//
// AT+CDNSGIP=<domain name> asks the DNS over the socket service (AT+NETOPEN first; without it:
// ERROR): "+CDNSGIP: 1,<domain name>,<IP address>" OK, or "+CDNSGIP: 0,10" ERROR (10 "DNS GENERAL
// ERROR") for a name with no address, a name the manual's rules reject (labels of a-z, A-Z, 0-9,
// "-", at most 63 characters, starting alphanumeric), or when the DNS servers (AT+CDNSCFG, else
// the network's) are all unreachable in the simulated internet. The lookup takes the internet's
// round-trip time (control "set host --rttMs"); names resolve per simulator/internet/resolver.ts
// (the host table of "set host", then localhost-style names). One address per name: the
// simulated DNS holds one A record each.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { isReachable, networkWorld } from '../../network/world.js';
import { isValidDomainName, resolveName } from '../../internet/resolver.js';
import { samePowerCycle } from '../../tcpip/links.js';
import { anyOpenCid } from './common.js';
import { dnsServers } from './cdnscfg.js';

const DNS_GENERAL_ERROR = 10;

export const cdnsgip: CommandHandler = {
  name: '+CDNSGIP',
  write: async (ctx) => {
    const name = ctx.args[0] as string;
    const { state, modem: services } = ctx;
    if (anyOpenCid(ctx) === undefined) return reply(ERROR);
    const fail = () => reply(ERROR, [`+CDNSGIP: 0,${DNS_GENERAL_ERROR}`]);
    if (!isValidDomainName(name)) return fail();
    const world = networkWorld(services);
    const servers = dnsServers(state, world);
    await services.clock.sleep(world.internet.rttMs);
    if (!samePowerCycle(services, state)) return reply(ERROR);
    if (!servers.some((s) => s !== '' && isReachable(world, s, s))) return fail();
    const resolved = await resolveName(services, name);
    if (!resolved.ok) return fail();
    return reply(OK, [`+CDNSGIP: 1,"${name}","${resolved.address}"`]);
  },
};

// SIM767XX §21.2.23 AT+CAGPS Get AGPS data from the AGNSS server for assisted positioning.
//   AT+CAGPS  OK, then "+AGPS: success." when the data is stored, or "+AGPS: <error code>."
//             (101 no socket: not registered or no active PDP context; 102 server name not
//             resolved; 103 connection failed; 104 write failed; 105 read failed or timed out)
//             ERROR while the receiver is off or a download is already running
// How the download is modelled (a real TCP connection to the world's AGNSS server, HTTP GET,
// the 9 s limit on the module's clock) is in simulator/gnss/agnss.ts. Stored data makes a
// cold or warm start fix in 5 s; a receiver still searching from such a start benefits at once.

import { reply, urcEffect, type CommandContext } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { fetchAssistance } from '../../gnss/agnss.js';
import { TTFF_MS } from '../../gnss/receiver.js';
import { networkWorld } from '../../network/world.js';
import { registeredForService } from '../../state/network.js';
import { activeCids } from '../../state/packet.js';
import { gnssWorldOf, poweredHandler } from './common.js';

const TIMEOUT_MS = 9000;

function serverAddress(ctx: CommandContext, server: string): string | undefined {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(server)) return server;
  return networkWorld(ctx.modem).internet.hosts[server.toLowerCase()];
}

export const cagps = poweredHandler({
  name: '+CAGPS',
  exec: (ctx, g) => {
    if (g.agps === 'downloading') return reply(ERROR);
    if (!registeredForService(ctx.state.network) || activeCids(ctx.state.packet).length === 0) return reply(OK, [], [urcEffect('+AGPS: 101.')]);
    const world = gnssWorldOf(ctx);
    const { server, port, path } = world.agnss;
    const address = serverAddress(ctx, server);
    if (!address) return reply(OK, [], [urcEffect('+AGPS: 102.')]);
    g.agps = 'downloading';
    const services = ctx.modem;
    const modem = services.instance;
    return reply(OK, [], [
      {
        type: 'task',
        run: async () => {
          const outcome = await fetchAssistance({ address, port, host: server, path, timeoutMs: TIMEOUT_MS, clock: services.clock });
          // The module may have restarted meanwhile: only the receiver that asked hears the answer.
          if (modem.state.gnss !== g || !modem.ready) return;
          g.agps = 'idle';
          if (!outcome.ok) {
            modem.log(`gnss: +CAGPS from ${server}:${port}${path}: ${outcome.detail}`);
            modem.urc(`+AGPS: ${outcome.code}.`);
            return;
          }
          const now = services.clock.now();
          g.backup.assistanceAt = now;
          const e = g.engine;
          if (e.status === 'running' && e.start !== 'hot' && e.searchingSince !== undefined && now < e.searchingSince + e.ttffMs) {
            g.engine = { ...e, ttffMs: Math.min(e.ttffMs, now - e.searchingSince + TTFF_MS.assisted) };
          }
          modem.log(`gnss: +CAGPS stored ${outcome.bytes} bytes of assistance data`);
          modem.urc('+AGPS: success.');
        },
      },
    ]);
  },
});

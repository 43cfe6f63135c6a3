// SIM767XX §21.2.3 AT+CGPSCOLD, §21.2.4 AT+CGPSWARM, §21.2.5 AT+CGPSHOT: restart navigation.
//   cold: ephemeris, almanac, time and position forgotten (downloaded assistance data is kept)
//   warm: the ephemeris forgotten
//   hot:  everything kept; a start as fast as the backup data allows
// The time to first fix follows (simulator/gnss/receiver.ts). A sleeping receiver is woken.

import type { CommandHandler } from '../../core/handler.js';
import { reply } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { startEngine } from '../../gnss/receiver.js';
import type { StartKind } from '../../state/gnss.js';
import { gnssWorldOf, poweredHandler } from './common.js';

function restart(name: string, kind: StartKind): CommandHandler {
  return poweredHandler({
    name,
    exec: (ctx, g) => {
      ctx.modem.clearTimer(g.output.wakeTimer);
      g.output.wakeTimer = undefined;
      startEngine(g, gnssWorldOf(ctx), ctx.modem.clock.now(), kind);
      return reply(OK);
    },
  });
}

export const cgpscold = restart('+CGPSCOLD', 'cold');
export const cgpswarm = restart('+CGPSWARM', 'warm');
export const cgpshot = restart('+CGPSHOT', 'hot');

// SIM767XX §21.2.20 AT+CGPSINFO Get GPS fixed position information, §21.2.21 AT+CGNSSINFO Get
// GNSS fixed position information.
//   AT+CGPSINFO / AT+CGNSSINFO          the position now (formats: simulator/gnss/info.ts);
//                                       empty fields without a fix
//   AT+CGPSINFO? / AT+CGNSSINFO?        +CGPSINFO: <time>  (the report interval, 0 off)
//   AT+CGPSINFO=<time> / AT+CGNSSINFO=<time>
//                                       OK, then a report now and every <time> s (0: stop), to
//                                       the port +CGNSSPORTSWITCH <parse_data_port> names

import { reply, type CommandContext, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { cgnssinfoLine, cgpsinfoLine } from '../../gnss/info.js';
import { emitReport, epochView } from '../../gnss/receiver.js';
import type { GnssState } from '../../state/gnss.js';
import type { EpochView } from '../../gnss/nmea.js';
import { gnssWorldOf, poweredHandler } from './common.js';

function viewNow(ctx: CommandContext, g: GnssState): EpochView | undefined {
  return epochView(g, gnssWorldOf(ctx), ctx.modem.clock.now());
}

function positionInfo(name: string, key: 'cgpsinfo' | 'cgnssinfo', line: (v: EpochView | undefined) => string): CommandHandler {
  return poweredHandler({
    name,
    exec: (ctx, g) => reply(OK, [line(viewNow(ctx, g))]),
    read: (_ctx, g) => reply(OK, [`${name}: ${g.reports[key].everyS}`]),
    write: (ctx, g) => {
      const every = ctx.arg('time') as number;
      const now = ctx.modem.clock.now();
      g.reports[key] = { everyS: every, nextAt: now + every * 1000 };
      // The first report follows the OK (the response section prints it after OK).
      if (every > 0) emitReport(ctx.modem.instance, g, line(viewNow(ctx, g)));
      return reply(OK);
    },
  });
}

export const cgpsinfo = positionInfo('+CGPSINFO', 'cgpsinfo', cgpsinfoLine);
export const cgnssinfo = positionInfo('+CGNSSINFO', 'cgnssinfo', cgnssinfoLine);

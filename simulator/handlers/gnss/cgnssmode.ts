// SIM767XX §21.2.7 AT+CGNSSMODE Configure GNSS support mode (SAVE).
//   AT+CGNSSMODE?        +CGNSSMODE: <mode>
//   AT+CGNSSMODE=<mode>  OK — 1 GPS, 3 +GLONASS, 5 +Galileo, 9 +BDS, 13 GPS+Galileo+BDS, 15 all;
//                        takes effect at once: satellites in view, GSV/GSA, DOPs, the talker
//                        (GP for GPS alone, GN otherwise)
//   AT+CGNSSMODE         OK, back to 15 ("Set default value 15")

import { reply } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import type { GnssMode } from '../../gnss/sky.js';
import { FACTORY_GNSS } from '../../state/gnss.js';
import { poweredHandler } from './common.js';

export const cgnssmode = poweredHandler({
  name: '+CGNSSMODE',
  read: (_ctx, g) => reply(OK, [`+CGNSSMODE: ${g.mode}`]),
  write: (ctx, g) => {
    g.mode = ctx.arg('mode') as GnssMode;
    return reply(OK);
  },
  exec: (_ctx, g) => {
    g.mode = FACTORY_GNSS.mode;
    return reply(OK);
  },
});

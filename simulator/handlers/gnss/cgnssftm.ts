// SIM767XX §21.2.19 AT+CGNSSFTM Start GNSS test mode.
//   AT+CGNSSFTM?     +CGNSSFTM: <0|1>
//   AT+CGNSSFTM=1    OK, then every second the satellites tracked and their C/N0, one line
//                    per system (the example's "+GPGSV,10,36.3,12,33.5,...", "+GBGSV,...",
//                    "+GLGSV,...", "+GAGSV"), as unsolicited output
//   AT+CGNSSFTM=0    OK, the lines stop
// The test form answers OK alone (the manual's response).

import { reply } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { poweredHandler } from './common.js';

export const cgnssftm = poweredHandler({
  name: '+CGNSSFTM',
  read: (_ctx, g) => reply(OK, [`+CGNSSFTM: ${g.ftm}`]),
  write: (ctx, g) => {
    g.ftm = ctx.arg('on off') === 1 ? 1 : 0;
    return reply(OK);
  },
});

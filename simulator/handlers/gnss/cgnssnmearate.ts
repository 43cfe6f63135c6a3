// SIM767XX §21.2.9 AT+CGNSSNMEARATE Set NMEA output rate.
//   AT+CGNSSNMEARATE?        +CGNSSNMEARATE: <rate>
//   AT+CGNSSNMEARATE=<rate>  OK — epochs per second; this product offers 1 Hz only (=? "(1)")
//   AT+CGNSSNMEARATE         OK, back to 1

import { reply } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { poweredHandler } from './common.js';

export const cgnssnmearate = poweredHandler({
  name: '+CGNSSNMEARATE',
  read: (_ctx, g) => reply(OK, [`+CGNSSNMEARATE: ${g.rateHz}`]),
  write: (ctx, g) => {
    g.rateHz = ctx.arg('rate') as number;
    return reply(OK);
  },
  exec: (_ctx, g) => {
    g.rateHz = 1;
    return reply(OK);
  },
});

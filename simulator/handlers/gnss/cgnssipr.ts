// SIM767XX §21.2.6 AT+CGNSSIPR Configure the baud rate of UART3 and GPS module (SAVE).
//   AT+CGNSSIPR?             +CGNSSIPR: <baud-rate>
//   AT+CGNSSIPR=<baud-rate>  OK (9600, 115200, 230400, 921600: the table checks them)
//   AT+CGNSSIPR              OK, back to 115200 ("Set default value")
// The rate is that of the internal UART from the GNSS chip: an epoch's NMEA beyond rate/10
// bytes per second is lost (simulator/gnss/receiver.ts emitNmea), as at 9600 bit/s with every
// sentence of four constellations on.

import { reply } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { FACTORY_GNSS } from '../../state/gnss.js';
import { poweredHandler } from './common.js';

export const cgnssipr = poweredHandler({
  name: '+CGNSSIPR',
  read: (_ctx, g) => reply(OK, [`+CGNSSIPR: ${g.baud}`]),
  write: (ctx, g) => {
    g.baud = ctx.arg('baud-rate') as number;
    return reply(OK);
  },
  exec: (_ctx, g) => {
    g.baud = FACTORY_GNSS.baud;
    return reply(OK);
  },
});

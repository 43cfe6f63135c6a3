// SIM767XX §21.2.10 AT+CGNSSPORTSWITCH Select the output port of data.
//   AT+CGNSSPORTSWITCH?  +CGNSSPORTSWITCH: <parse_data_port>,<nmea_data_port>
//   AT+CGNSSPORTSWITCH=<parse_data_port>[,<nmea_data_port>]  OK
// <parse_data_port>: where the periodic +CGPSINFO/+CGNSSINFO reports go (0 USB AT port, 1 UART);
// <nmea_data_port>: where raw NMEA goes (0 USB NMEA port, 1 UART); omitted: unchanged. The
// simulator's wire is the UART: what goes to a USB port is logged (reports) or kept for the
// control API "gnss nmea" (NMEA). Factory value 0,0 (state/gnss.ts says why).

import { reply } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { poweredHandler } from './common.js';

export const cgnssportswitch = poweredHandler({
  name: '+CGNSSPORTSWITCH',
  read: (_ctx, g) => reply(OK, [`+CGNSSPORTSWITCH: ${g.parsePort},${g.nmeaPort}`]),
  write: (ctx, g) => {
    g.parsePort = ctx.arg('parse_data_port') === 1 ? 1 : 0;
    const nmea = ctx.arg('nmea_data_port');
    if (nmea !== undefined) g.nmeaPort = nmea === 1 ? 1 : 0;
    return reply(OK);
  },
});

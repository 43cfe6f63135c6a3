// SIM767XX §21.2.2 AT+CGNSSTST Send data received from UART3 to NMEA port.
//   AT+CGNSSTST?      +CGNSSTST: <on/off>
//   AT+CGNSSTST=<0|1> OK — raw NMEA from the GNSS chip is (1) or is not (0) passed on, once per
//                     epoch, to the port +CGNSSPORTSWITCH <nmea_data_port> selects
// Valid with the receiver off too (the manual restricts the other commands, not this one); the
// output starts when the receiver runs.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';

export const cgnsstst: CommandHandler = {
  name: '+CGNSSTST',
  read: (ctx) => reply(OK, [`+CGNSSTST: ${ctx.state.gnss.tst}`]),
  write: (ctx) => {
    const g = ctx.state.gnss;
    const on = ctx.arg('on off') === 1 ? 1 : 0;
    if (on && !g.tst) g.output.epoch = 0;
    g.tst = on;
    return reply(OK);
  },
};

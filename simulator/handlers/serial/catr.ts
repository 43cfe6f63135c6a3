// SIM767XX §8.2.10 AT+CATR Configure URC destination interface. <port>: 0 all ports, 1 USB1
// port, 2 RIL port, 3 UART port, 4 USB2 port 1 (the manual's OCR lost the numbers 1, 3 and 4;
// the table restores them in the printed order, and the test answer is (0-4)).
// The simulated module has one interface, the UART (with its +CMUX DLCs): with 0 or 3 URCs are
// printed there (on every open DLC under +CMUX); with 1, 2 or 4 they go to a port that is not
// simulated, so the UART prints none (the session log says where they went).

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';

export const catr: CommandHandler = {
  name: '+CATR',
  read: (ctx) => reply(OK, [`+CATR: ${ctx.state.serial.urcPort}`]),
  write: (ctx) => {
    ctx.state.serial.urcPort = Number(ctx.args[0]);
    return reply(OK);
  },
};

// SIM767XX §4.2.8 AT+CTZU Automatic time and time zone update (NITZ): 0 off, 1 (default) zone
// and GMT time to the RTC, 3 zone and local time to the RTC. AUTO_SAVE. The update happens on
// registration and when the network's zone changes (simulator/network/time-zone.ts).

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';

export const ctzu: CommandHandler = {
  name: '+CTZU',
  read: (ctx) => reply(OK, [`+CTZU: ${ctx.state.network.ctzu}`]),
  write: (ctx) => {
    ctx.state.network.ctzu = ctx.args[0] as number;
    return reply(OK);
  },
};

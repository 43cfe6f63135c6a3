// SIM767XX §4.2.9 AT+CTZR Time and time zone reporting: 0 off, 1 "+CTZV: <tz>", 3
// "+CTZEU: <tz>,<dst>,<utime>" when the network's zone changes and upon registration
// (simulator/network/time-zone.ts); "not affected by ... AT+CTZU". NO_SAVE. The execute form
// answers OK: as the chapter's other execute forms it restores the default (0).

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';

export const ctzr: CommandHandler = {
  name: '+CTZR',
  read: (ctx) => reply(OK, [`+CTZR: ${ctx.state.network.urc.ctzr}`]),
  write: (ctx) => {
    ctx.state.network.urc.ctzr = ctx.args[0] as number;
    return reply(OK);
  },
  exec: (ctx) => {
    ctx.state.network.urc.ctzr = 0;
    return reply(OK);
  },
};

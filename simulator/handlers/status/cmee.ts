// SIM767XX §3.2.8 AT+CMEE Report mobile equipment error: 0 plain ERROR, 1 numeric, 2 verbose;
// applies to +CME ERROR and +CMS ERROR alike (the section's first paragraph). NO_SAVE, per
// channel. The execute form sets the default value (the profile's factory value).

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';

export const cmee: CommandHandler = {
  name: '+CMEE',
  read: (ctx) => reply(OK, [`+CMEE: ${ctx.settings.cmee}`]),
  write: (ctx) => {
    ctx.settings.cmee = Number(ctx.args[0]);
    return reply(OK);
  },
  exec: (ctx) => {
    ctx.settings.cmee = ctx.modem.profile.v250.cmee;
    return reply(OK);
  },
};

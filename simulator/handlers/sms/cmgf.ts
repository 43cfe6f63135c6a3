// SIM767XX §7.2.3 AT+CMGF Select SMS message format (27.005 §3.2.3): 0 PDU mode (factory), 1
// text mode. The execute form restores 0. AUTO_SAVE.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';

export const cmgf: CommandHandler = {
  name: '+CMGF',
  read: (ctx) => reply(OK, [`+CMGF: ${ctx.state.sms.textMode ? 1 : 0}`]),
  write: (ctx) => {
    ctx.state.sms.textMode = ctx.args[0] === 1;
    return reply(OK);
  },
  exec: (ctx) => {
    ctx.state.sms.textMode = false;
    return reply(OK);
  },
};

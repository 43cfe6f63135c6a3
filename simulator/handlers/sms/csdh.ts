// SIM767XX §7.2.7 AT+CSDH Show text mode parameters (27.005 §3.3.3): 1 adds the header values
// (<tooa>/<toda>, <fo>, <pid>, <dcs>, <vp>, <sca>, <tosca>, <length>) to text-mode +CMT, +CMGL
// and +CMGR. The execute form restores 0. NO_SAVE.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';

export const csdh: CommandHandler = {
  name: '+CSDH',
  read: (ctx) => reply(OK, [`+CSDH: ${ctx.state.sms.showHeader ? 1 : 0}`]),
  write: (ctx) => {
    ctx.state.sms.showHeader = ctx.args[0] === 1;
    return reply(OK);
  },
  exec: (ctx) => {
    ctx.state.sms.showHeader = false;
    return reply(OK);
  },
};

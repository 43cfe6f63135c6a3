// SIM767XX §2.2.17 AT+CSCS Select TE character set: "IRA" (default), "GSM", "UCS2".
// AUTO_SAVE: the v250 slice keeps it in NVRAM. Execute form restores IRA.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';

export const cscs: CommandHandler = {
  name: '+CSCS',
  read: (ctx) => reply(OK, [`+CSCS: "${ctx.state.v250.charset}"`]),
  write: (ctx) => {
    ctx.state.v250.charset = String(ctx.args[0]).toUpperCase();
    return reply(OK);
  },
  exec: (ctx) => {
    ctx.state.v250.charset = 'IRA';
    return reply(OK);
  },
};

// SIM767XX §2.2.6 ATE Enable command echo. ATE without a value takes the underlined default, 1
// (manual §1.4: an omitted subparameter takes the recommended default).

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';

export const ate: CommandHandler = {
  name: 'E',
  exec: (ctx) => {
    ctx.settings.echo = (ctx.args[0] ?? 1) === 1;
    return reply(OK);
  },
};

// SIM767XX §8.2.1 AT&D Set DTR function mode, §8.2.2 AT&C Set DCD function mode.
// The modem applies them to the circuits (Modem.signals, Modem.setDteSignals). The manual
// marks both NO_SAVE, but AT&W stores them (§2.2.11), so they live in the V.250 settings.
// The manual underlines no default for an omitted value; V.250 §5.3.1 says an omitted numeric
// value of a basic command is 0, which is used here.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';

export const ampD: CommandHandler = {
  name: '&D',
  exec: (ctx) => {
    ctx.settings.ampD = typeof ctx.args[0] === 'number' ? ctx.args[0] : 0;
    return reply(OK);
  },
};

export const ampC: CommandHandler = {
  name: '&C',
  exec: (ctx) => {
    ctx.settings.ampC = typeof ctx.args[0] === 'number' ? ctx.args[0] : 0;
    return reply(OK);
  },
};

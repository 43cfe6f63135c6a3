// SIM767XX §2.2.8 ATV Set result code format mode, §2.2.10 ATQ Set result code presentation mode.
//
// Deliberate deviation: the manual says "Not yet supported ATV0", but V.250 numeric result
// codes are what clients test against and the issue asks for them, so ATV0 works as V.250
// §6.2.6 describes (see render.ts for the exact framing).
// ATV without a value sets 1 (§2.2.8 NOTE); ATQ without a value sets 0 (§2.2.10).

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';

export const atv: CommandHandler = {
  name: 'V',
  exec: (ctx) => {
    ctx.settings.verbose = (ctx.args[0] ?? 1) === 1;
    return reply(OK);
  },
};

export const atq: CommandHandler = {
  name: 'Q',
  exec: (ctx) => {
    ctx.settings.quiet = (ctx.args[0] ?? 0) === 1;
    return reply(OK);
  },
};

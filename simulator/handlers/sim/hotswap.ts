// SIM767XX §6.2.11 AT+UIMHOTSWAPON Set UIM hotswap function on, §6.2.12 AT+UIMHOTSWAPLEVEL
// Set UIM card detection level. Both AUTO_SAVE, factory value 0.
//
//   AT+UIMHOTSWAPON=<onoff>      0 off, 1 on: card insertion/removal detected on the holder's
//                                 detect line, with +CPIN URCs (see state/sim.ts)
//   AT+UIMHOTSWAPLEVEL=<level>   0 the detect line is active low, 1 active high
//
// The module reads both when it starts: a change is saved at once and answered by the read
// forms, but takes effect after the next restart (an A7600 driver restarts the module after
// writing them for that reason). With the level wrong for the board's card holder, the module
// takes a present card for an empty slot (and the other way round) — as real boards do.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';

export const uimhotswapon: CommandHandler = {
  name: '+UIMHOTSWAPON',
  read: (ctx) => reply(OK, [`+UIMHOTSWAPON: ${ctx.state.sim.hotswap.enabled ? 1 : 0}`]),
  write: (ctx) => {
    ctx.state.sim.hotswap.enabled = ctx.args[0] === 1;
    return reply(OK);
  },
};

export const uimhotswaplevel: CommandHandler = {
  name: '+UIMHOTSWAPLEVEL',
  read: (ctx) => reply(OK, [`+UIMHOTSWAPLEVEL: ${ctx.state.sim.hotswap.level}`]),
  write: (ctx) => {
    ctx.state.sim.hotswap.level = ctx.args[0] === 1 ? 1 : 0;
    return reply(OK);
  },
};

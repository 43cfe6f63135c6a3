// V.250 S-parameters used by the manual (§1.5.2): ATS<n>? reads as three digits with leading
// zeros (V.250 §5.3.2), ATS<n>=<m> writes, ATS<n>= or ATS<n> restores the factory value.
// ATX<n> (V.250 §6.2.7) selects the call-progress result codes.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { FACTORY_S_REGISTERS } from '../../state/v250.js';

function sRegister(n: number): CommandHandler {
  const factory = FACTORY_S_REGISTERS[n]!;
  return {
    name: `S${n}`,
    read: (ctx) => reply(OK, [String(ctx.settings.s[n] ?? factory).padStart(3, '0')]),
    write: (ctx) => {
      const v = ctx.args[0];
      ctx.settings.s[n] = typeof v === 'number' ? v : factory;
      return reply(OK);
    },
    exec: (ctx) => {
      ctx.settings.s[n] = factory;
      return reply(OK);
    },
  };
}

export const sRegisters: CommandHandler[] = Object.keys(FACTORY_S_REGISTERS).map((n) => sRegister(Number(n)));

export const atx: CommandHandler = {
  name: 'X',
  exec: (ctx) => {
    ctx.settings.x = typeof ctx.args[0] === 'number' ? ctx.args[0] : 4;
    return reply(OK);
  },
};

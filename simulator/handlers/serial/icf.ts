// SIM767XX §8.2.5 AT+ICF Set control character framing. <format>: 1 8 data + parity, 2 8 data,
// 3 7 data + parity, 4 7 data, one stop bit each; <parity>: 0 odd, 1 even, 2 none. AT+ICF
// alone restores 2,2 (8N1, manual §1.5.1). The framing applies after the final result code.
//
// Deviation where the manual is silent: a format with a parity bit (1, 3) needs parity 0 or 1;
// with "2 none" it answers ERROR, since no parity bit could be sent. An omitted <parity> keeps
// the current one (manual §1.4: "its value equals to its previous value").

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import type { IcfFormat, IcfParity } from '../../state/serial.js';

const applyLine = { type: 'uart', action: 'apply-line' } as const;

export const icf: CommandHandler = {
  name: '+ICF',
  read: (ctx) => reply(OK, [`+ICF: ${ctx.state.serial.format},${ctx.state.serial.parity}`]),
  write: (ctx) => {
    const s = ctx.state.serial;
    const format = Number(ctx.args[0]) as IcfFormat;
    const parity = (ctx.args[1] ?? s.parity) as IcfParity;
    if ((format === 1 || format === 3) && parity === 2) return reply(ERROR);
    s.format = format;
    s.parity = parity;
    return reply(OK, [], [applyLine]);
  },
  exec: (ctx) => {
    ctx.state.serial.format = 2;
    ctx.state.serial.parity = 2;
    return reply(OK, [], [applyLine]);
  },
};

// SIM767XX §5.2.10 AT+CGEREP GPRS event reporting: <mode> 0 buffer in the MT (with <bfr> 0,
// the only value supported, the buffer is cleared when mode 1 is entered: nothing buffered is
// ever shown), 1 forward +CGEV URCs to the TE; the execute form sets 0,0. The events are raised
// by simulator/network/pdp.ts and radio.ts. NO_SAVE.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { parseArgs } from '../network/args.js';

export const cgerep: CommandHandler = {
  name: '+CGEREP',
  argumentCheck: 'own',
  read: (ctx) => reply(OK, [`+CGEREP: ${ctx.state.packet.cgerep.mode},${ctx.state.packet.cgerep.bfr}`]),
  write: (ctx) => {
    const parsed = parseArgs(ctx.argText, [
      { name: 'mode', kind: 'int', values: [0, 1] },
      { name: 'bfr', kind: 'int', optional: true, values: [0] },
    ]);
    if (!parsed.ok) return reply(ERROR);
    ctx.state.packet.cgerep = { mode: parsed.values[0] as number, bfr: (parsed.values[1] as number | undefined) ?? 0 };
    return reply(OK);
  },
  exec: (ctx) => {
    ctx.state.packet.cgerep = { mode: 0, bfr: 0 };
    return reply(OK);
  },
};

// SIM767XX §5.2.10 AT+CGEREP GPRS event reporting: <mode> 0 buffer in the MT (with <bfr> 0,
// the only value supported, the buffer is cleared when mode 1 is entered: nothing buffered is
// ever shown), 1 forward +CGEV URCs to the TE; the execute form sets 0,0. The events are raised
// by simulator/network/pdp.ts and radio.ts. NO_SAVE.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';

export const cgerep: CommandHandler = {
  name: '+CGEREP',
  read: (ctx) => reply(OK, [`+CGEREP: ${ctx.state.packet.cgerep.mode},${ctx.state.packet.cgerep.bfr}`]),
  write: (ctx) => {
    ctx.state.packet.cgerep = { mode: ctx.arg('mode') as number, bfr: (ctx.arg('bfr') as number | undefined) ?? 0 };
    return reply(OK);
  },
  exec: (ctx) => {
    ctx.state.packet.cgerep = { mode: 0, bfr: 0 };
    return reply(OK);
  },
};

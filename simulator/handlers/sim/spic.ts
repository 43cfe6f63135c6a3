// SIM767XX §6.2.9 AT+SPIC Times remain to input SIM PIN/PUK.
//
//   AT+SPIC   +SPIC: <pin1>,<puk1>,<pin2>,<puk2>   — the card's counters (3, 10, 3, 10 fresh)
//
// Readable while the SIM waits for its PIN or PUK (that is when it matters); a missing card
// answers +CME ERROR: SIM not inserted. The manual's example, +SPIC: 3,10,0,10, is a card whose
// PIN2 is blocked (its +CACM example then asks for PUK2).

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { simUnavailable } from '../../state/sim.js';

export const spic: CommandHandler = {
  name: '+SPIC',
  exec: (ctx) => {
    const sim = ctx.state.sim;
    const unusable = sim.lock.status === 'blocked' ? undefined : simUnavailable(sim, false);
    if (unusable) return reply(unusable);
    const c = sim.uicc!;
    return reply(OK, [`+SPIC: ${c.pin1.retries},${c.puk1.retries},${c.pin2.retries},${c.puk2.retries}`]);
  },
};

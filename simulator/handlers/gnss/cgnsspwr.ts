// SIM767XX §21.2.1 AT+CGNSSPWR GNSS power control.
//   AT+CGNSSPWR?   +CGNSSPWR: <gnss_power_status>     (1 while the receiver is powered, asleep or not)
//   AT+CGNSSPWR=1  OK — the receiver starts navigating: hot, warm or cold as its backup memory
//                  allows (simulator/gnss/receiver.ts); already on: nothing changes
//   AT+CGNSSPWR=0  OK — the receiver stops; what it learnt stays in its backup memory
// Deviation: SIMCom's A76XX firmware also prints "+CGNSSPWR: READY!" after power-on; this
// manual shows no such URC, so none is printed.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { noteFix, startEngine } from '../../gnss/receiver.js';
import { gnssWorldOf } from './common.js';

export const cgnsspwr: CommandHandler = {
  name: '+CGNSSPWR',
  read: (ctx) => reply(OK, [`+CGNSSPWR: ${ctx.state.gnss.engine.status === 'off' ? 0 : 1}`]),
  write: (ctx) => {
    const g = ctx.state.gnss;
    const world = gnssWorldOf(ctx);
    const now = ctx.modem.clock.now();
    if (ctx.arg('gnss_power_status') === 1) {
      if (g.engine.status === 'off') startEngine(g, world, now);
    } else if (g.engine.status !== 'off') {
      noteFix(g, world, now);
      ctx.modem.clearTimer(g.output.wakeTimer);
      g.output.wakeTimer = undefined;
      g.engine = { status: 'off' };
    }
    return reply(OK);
  },
};

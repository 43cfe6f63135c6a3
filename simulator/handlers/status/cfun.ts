// SIM767XX §3.2.1 AT+CFUN Set phone functionality.
//
// <fun> 0 minimum functionality: RF off and SIM powered down ("+SIMCARD: NOT AVAILABLE", as the
// manual's AT+CFUN=0 example in §19.2.1 prints); 1 full; 4 RF off (flight mode), SIM kept;
// 5 factory test mode ("The 5 and 1 have the same function"); 6 reset; 7 offline mode, which
// only AT+CFUN=6 (or a restart) leaves: other values then answer +CME ERROR: operation not
// allowed (manual note). <rst> 1 resets the module before setting <fun>; "only takes effect when
// <fun> equals 1".
//
// Effects on the network (simulator/network/radio.ts, run after the command): switching the RF
// off deregisters at once (+CREG/+CGREG/+CEREG: 0 URCs where enabled, "+CGEV: ME DETACH", all
// contexts gone); switching it on starts the search and the module registers
// `timing.registrationMs` later. The RF switch itself takes `timing.radioOffMs` (detach) or
// `timing.radioOnMs`, within the manual's 25 s.

import { reply, type CommandHandler } from '../../core/handler.js';
import { cme, CME, OK } from '../../core/result.js';
import { evaluate } from '../../network/radio.js';
import { powerDownSim, powerUpSim } from '../../state/sim.js';
import { radioOn } from '../../state/network.js';

export const cfun: CommandHandler = {
  name: '+CFUN',
  read: (ctx) => reply(OK, [`+CFUN: ${ctx.state.network.functionality}`]),
  write: async (ctx) => {
    const fun = ctx.args[0] as number;
    const rst = ctx.args[1];
    const net = ctx.state.network;
    const timing = ctx.modem.profile.network.timing;
    if (fun === 6 || (fun === 1 && rst === 1)) {
      return reply(OK, [], [{ type: 'reboot', delayMs: ctx.modem.profile.boot.resetDelayMs }]);
    }
    if (net.functionality === 7 && fun !== 7) return reply(cme(CME.OPERATION_NOT_ALLOWED));
    const wasOn = radioOn(net);
    const willBeOn = fun === 1 || fun === 5;
    if (wasOn && !willBeOn) await ctx.modem.clock.sleep(timing.radioOffMs);
    else if (!wasOn && willBeOn) await ctx.modem.clock.sleep(timing.radioOnMs);
    const simWasPowered = net.functionality !== 0;
    net.functionality = fun;
    if (simWasPowered && fun === 0) powerDownSim(ctx.state, ctx.modem);
    else if (!simWasPowered && fun !== 0) powerUpSim(ctx.state, ctx.modem);
    // Now, not after the line: AT+CFUN=4;+CFUN=1 deregisters, then searches again.
    evaluate(ctx.state, ctx.modem, { cause: 'me' });
    return reply(OK);
  },
};

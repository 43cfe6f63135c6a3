// SIM767XX §6.2.8 AT+CSIMSLEEP Set UE to allow SIM card sleep for power consumption.
//
//   AT+CSIMSLEEP=<mode>   0 the SIM stays powered, 1 it may sleep;   AT+CSIMSLEEP?  +CSIMSLEEP: <mode>
//
// The manual: "must" set 0 before AT+CSIM, AT+CRSM, AT+CAMM, AT+CACM, and 1 afterwards to save
// power. What the module does when that is not done it does not say; here those commands answer
// +CME ERROR: operation not allowed while 1 is in force, so firmware that forgets finds out on
// the simulator. The manual underlines no default; 0 is used, so the manual's own examples of
// those commands (which do not set it) reproduce. NO_SAVE: back to 0 at every start.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';

export const csimsleep: CommandHandler = {
  name: '+CSIMSLEEP',
  read: (ctx) => reply(OK, [`+CSIMSLEEP: ${ctx.state.sim.sleepAllowed ? 1 : 0}`]),
  write: (ctx) => {
    ctx.state.sim.sleepAllowed = ctx.args[0] === 1;
    return reply(OK);
  },
};

// SIM767XX §2.2.2 ATH Disconnect existing call.
//
// Voice: ends the call; OK, then "VOICE CALL: END: <time>" (the manual's example, after
// AT+CVHU=0). The manual makes voice hang-up depend on AT+CVHU, which this manual does not
// define (it is not among its commands); ATH acts as with AT+CVHU=0. A call still ringing or
// being dialled just ends (OK).
// PS data call: "also used to disconnect PS data call ... it doesn't depend on the value of
// AT+CVHU": the data session left with +++ ends (the PPP link is dropped) and OK.
// ATH and ATH0 (V.250 §6.3.6) are accepted; nothing else.

import { reply, urcEffect, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { hangUpVoice } from '../../network/calls.js';

export const hangup: CommandHandler = {
  name: 'H',
  argumentCheck: 'own',
  exec: (ctx) => {
    if (ctx.argText !== '' && ctx.argText !== '0') return reply(ERROR);
    const lines = hangUpVoice(ctx.state, ctx.modem);
    const effects = [...(lines.length > 0 ? [urcEffect(lines)] : []), ...(ctx.suspendedData ? [{ type: 'hangup-data' as const }] : [])];
    return reply(OK, [], effects);
  },
};

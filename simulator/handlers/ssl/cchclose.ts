// SIM767XX §17.2.13 AT+CCHCLOSE Disconnect from server.
//
// AT+CCHCLOSE=<session_id> closes the session's connection gracefully: OK, then
// "+CCHCLOSE: <session_id>,0" once it is down (case 1); the transparent session (its data session
// suspended by +++) prints "CLOSED" instead (case 2: "OK" then "CLOSED"). The session's client
// context (AT+CCHSSLCFG, AT+CCHCFG "sendtimeout"/"sslctx") is cleared, as §17.2.10-17.2.11 say,
// and so is its cache. A session that is not open (never opened, still connecting, or already
// closed by the server): ERROR (case 3; a SIM7600 log in TinyGSM pull request #808
// shows "AT+CCHCLOSE=0 -> ERROR" for a session that was not open).

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { CCH_ERR } from '../../cch/errors.js';
import { samePowerCycle } from '../../cch/runtime.js';
import { closeSession } from './cch-common.js';

export const cchclose: CommandHandler = {
  name: '+CCHCLOSE',
  write: (ctx) => {
    const n = ctx.arg('session_id') as number;
    const { state, modem: services } = ctx;
    const closing = closeSession(ctx, n);
    if (!closing) return reply(ERROR);
    const run = async () => {
      await closing.closed;
      if (samePowerCycle(services, state)) services.urc(closing.transparent ? 'CLOSED' : `+CCHCLOSE: ${n},${CCH_ERR.OK}`);
    };
    return reply(OK, [], [...(closing.hangupHere ? [{ type: 'hangup-data' as const }] : []), { type: 'task', run }]);
  },
};

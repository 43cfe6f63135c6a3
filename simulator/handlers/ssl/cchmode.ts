// SIM767XX §17.2.6 AT+CCHMODE Configure the mode of sending and receiving data.
//
// AT+CCHMODE=<mode>: 0 normal (AT+CCHSEND / AT+CCHRECV), 1 transparent: AT+CCHOPEN on session 0
// answers CONNECT and the channel carries the session's data (simulator/cch/transparent.ts);
// "There is only one session in the transparent mode, it's the first session". "This AT command
// must be called before calling AT+CCHSTART": while the service is started (or starting) the
// write form answers ERROR (our reading of "must"). AT+CCHMODE? "+CCHMODE: <mode>".

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { serviceRunning } from '../../state/cch.js';

export const cchmode: CommandHandler = {
  name: '+CCHMODE',
  read: (ctx) => reply(OK, [`+CCHMODE: ${ctx.state.cch.mode}`]),
  write: (ctx) => {
    const c = ctx.state.cch;
    if (serviceRunning(c)) return reply(ERROR);
    c.mode = ctx.arg('mode') as number;
    return reply(OK);
  },
};

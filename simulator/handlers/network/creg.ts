// SIM767XX §4.2.1 AT+CREG Network registration, and the shape it shares with §5.2.1 AT+CGREG
// and §5.2.2 AT+CEREG (their handlers are built by `registrationHandler`).
//
// <n> 0 no URC, 1 "+CREG: <stat>" on a change of <stat>, 2 also with the location (and on a
// change of cell); the execute form sets the default <n>=0. NO_SAVE. The <stat> comes from the
// registration state machine (simulator/network/radio.ts); the formats are in
// simulator/network/registration-report.ts.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { DOMAIN_PREFIX, registrationRead, type RegistrationDomain } from '../../network/registration-report.js';
import { networkWorld } from '../../network/world.js';

export function registrationHandler(domain: RegistrationDomain): CommandHandler {
  return {
    name: DOMAIN_PREFIX[domain],
    read: (ctx) => reply(OK, [registrationRead(ctx.state, networkWorld(ctx.modem), domain)]),
    write: (ctx) => {
      ctx.state.network.urc[domain] = ctx.args[0] as number;
      return reply(OK);
    },
    exec: (ctx) => {
      ctx.state.network.urc[domain] = 0;
      return reply(OK);
    },
  };
}

export const creg = registrationHandler('creg');

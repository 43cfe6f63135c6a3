// SIM767XX §3.2.10 AT+SIMEI Set the IMEI for the module. AUTO_SAVE: the identity slice keeps
// the IMEI in NVRAM, so it survives AT+CRESET and (with --state-dir) simulator restarts; ATI
// and AT+CGSN report the new value.
//
//   AT+SIMEI?        +SIMEI: <imei>
//   AT+SIMEI=<imei>  OK, or ERROR unless <imei> is 15 digits (quoted or not: the manual writes
//                    it bare)
//
// The check digit is not verified: the manual asks only for "the 15-digit IMEI value".

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { splitArguments } from '../../spec/arguments.js';

export const simei: CommandHandler = {
  name: '+SIMEI',
  argumentCheck: 'own',
  read: (ctx) => reply(OK, [`+SIMEI: ${ctx.state.identity.imei}`]),
  write: (ctx) => {
    const split = splitArguments(ctx.argText);
    const token = split.ok && split.tokens.length === 1 ? split.tokens[0] : undefined;
    if (!token || !/^\d{15}$/.test(token.text)) return reply(ERROR);
    ctx.state.identity.imei = token.text;
    return reply(OK);
  },
};

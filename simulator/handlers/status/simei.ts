// SIM767XX §3.2.10 AT+SIMEI Set the IMEI for the module. AUTO_SAVE: the identity slice keeps
// the IMEI in NVRAM, so it survives AT+CRESET and (with --state-dir) simulator restarts; ATI
// and AT+CGSN report the new value.
//
//   AT+SIMEI?        +SIMEI: <imei>
//   AT+SIMEI=<imei>  OK, or ERROR unless <imei> is 15 digits (quoted or not: the manual writes
//                    it bare)
//
// The check digit is not verified: the manual asks only for "the 15-digit IMEI value". The table
// takes <imei> quoted or not, 15 characters at most; that they are digits is checked here.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';

export const simei: CommandHandler = {
  name: '+SIMEI',
  read: (ctx) => reply(OK, [`+SIMEI: ${ctx.state.identity.imei}`]),
  write: (ctx) => {
    const imei = ctx.arg('imei') as string;
    if (!/^\d{15}$/.test(imei)) return reply(ERROR);
    ctx.state.identity.imei = imei;
    return reply(OK);
  },
};

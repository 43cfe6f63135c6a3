// SIM767XX §6.2.4 AT+CPWD Change password (3GPP TS 27.007 §7.5), facility "SC" (PIN1), up to
// 8 digits (`+CPWD: ("SC",8)`).
//
//   AT+CPWD="SC","<oldpwd>","<newpwd>"   OK; a wrong old PIN: +CME ERROR: incorrect password
//                                         (a try spent, as with AT+CPIN)
//
// The card checks the old PIN (CHANGE PIN, TS 102 221 §11.1.10). The manual's examples change
// the PIN of a card whose lock is off (its +CLCK example reads 0), so a disabled PIN1 can be
// changed too. A new PIN that is not 4-8 digits: +CME ERROR: incorrect password, nothing spent.

import { reply, type CommandHandler } from '../../core/handler.js';
import { cme, CME } from '../../core/result.js';
import { changePin } from '../../state/sim-apdu.js';
import { refreshLock, simUnavailable } from '../../state/sim.js';
import { badPassword, pinResult } from './passwords.js';

export const cpwd: CommandHandler = {
  name: '+CPWD',
  write: (ctx) => {
    const sim = ctx.state.sim;
    const unusable = simUnavailable(sim, true);
    if (unusable) return reply(unusable);
    const oldPwd = ctx.arg('oldpwd') as string;
    const newPwd = ctx.arg('newpwd') as string;
    if (badPassword(oldPwd) || badPassword(newPwd)) return reply(cme(CME.INCORRECT_PASSWORD));
    const sw = changePin(sim.uicc!, sim.security, 'pin1', oldPwd, newPwd);
    refreshLock(sim);
    return reply(pinResult(sw));
  },
};

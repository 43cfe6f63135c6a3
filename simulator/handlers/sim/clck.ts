// SIM767XX §6.2.3 AT+CLCK Facility lock (3GPP TS 27.007 §7.4), facility "SC" only (the
// manual's list): the SIM asks for PIN1 at power-up while the lock is active.
//
//   AT+CLCK="SC",2            +CLCK: <status>   (1: PIN1 enabled)
//   AT+CLCK="SC",1,"<pin>"    enable PIN1; AT+CLCK="SC",0,"<pin>" disable it
//
// The PIN is checked by the card (ENABLE/DISABLE PIN, TS 102 221 §11.1.11-12): a wrong one
// answers +CME ERROR: incorrect password and costs a try; the third wrong one leaves the SIM
// waiting for its PUK, as a wrong AT+CPIN would. Asking for the state the lock is already in
// with the right PIN is accepted and changes nothing. Modes 0 and 1 without a password:
// +CME ERROR: incorrect parameters. The SIM must be ready (SIM PIN required otherwise).

import { reply, type CommandHandler } from '../../core/handler.js';
import { cme, CME, OK } from '../../core/result.js';
import { setPinEnabled } from '../../state/sim-apdu.js';
import { refreshLock, simUnavailable } from '../../state/sim.js';
import { badPassword, pinResult } from './passwords.js';

export const clck: CommandHandler = {
  name: '+CLCK',
  write: (ctx) => {
    const sim = ctx.state.sim;
    const unusable = simUnavailable(sim, true);
    if (unusable) return reply(unusable);
    const card = sim.uicc!;
    const mode = ctx.arg('mode') as number;
    if (mode === 2) return reply(OK, [`+CLCK: ${card.pin1.enabled ? 1 : 0}`]);
    const passwd = ctx.arg('passwd') as string | undefined;
    if (passwd === undefined) return reply(cme(CME.INCORRECT_PARAMETERS));
    if (badPassword(passwd)) return reply(cme(CME.INCORRECT_PASSWORD));
    const sw = setPinEnabled(card, sim.security, 'pin1', mode === 1, passwd);
    refreshLock(sim);
    return reply(pinResult(sw));
  },
};

// SIM767XX §6.2.2 AT+CPIN Enter PIN (3GPP TS 27.007 §8.3).
//
//   AT+CPIN?               +CPIN: READY | SIM PIN | SIM PUK | SIM PIN2 | SIM PUK2
//   AT+CPIN=<pin>          the PIN the module waits for; OK, then the URC +CPIN: READY and the
//                          profile's simReady URCs (SMS DONE...) as after a boot
//   AT+CPIN=<puk>,<newpin> with SIM PUK (or SIM PUK2) pending: unblocks and sets the new PIN
//
// A wrong PIN or PUK answers +CME ERROR: incorrect password and costs a try (the card counts:
// 3 PIN tries, then SIM PUK; 10 PUK tries, then the card is blocked: SIM failure). With no
// password pending, 27.007 asks for an error and no action: +CME ERROR: operation not allowed.
// A PIN without <newpin> while the PUK is pending: +CME ERROR: SIM PUK required (no try spent).
// <newpin> where none is expected: +CME ERROR: incorrect parameters.
// `SIM PIN2`/`SIM PUK2` show only after a command failed for want of PIN2 (27.007 §8.3).

import { reply, type CommandContext, type CommandHandler, type HandlerResult } from '../../core/handler.js';
import { cme, CME, ERROR, OK } from '../../core/result.js';
import { unblockPin, verifyPin, SW } from '../../state/sim-apdu.js';
import { becameReadyUrcs, cpinCode, printTimedUrcs, refreshLock, simUnavailable, type SimState } from '../../state/sim.js';
import { badPassword, passwordArgs, pinResult } from './passwords.js';

/** +CPIN: READY after the OK, SMS DONE... later while the card stays ready. */
function announceReady(ctx: CommandContext): HandlerResult {
  printTimedUrcs(ctx.state.sim, ctx.modem, becameReadyUrcs(ctx.modem.profile));
  return reply(OK);
}

function enterPin2(sim: SimState, pin: string, newPin: string | undefined): HandlerResult {
  const card = sim.uicc!;
  if (sim.pin2Pending === 'SIM PIN2') {
    if (newPin !== undefined) return reply(cme(CME.INCORRECT_PARAMETERS));
    if (badPassword(pin)) return reply(cme(CME.INCORRECT_PASSWORD));
    const sw = verifyPin(card, sim.security, 'pin2', pin);
    if (sw === SW.OK) sim.pin2Pending = undefined;
    else if (card.pin2.retries === 0) sim.pin2Pending = 'SIM PUK2';
    return reply(pinResult(sw));
  }
  if (newPin === undefined) return reply(cme(CME.SIM_PUK2_REQUIRED));
  if (badPassword(pin) || badPassword(newPin)) return reply(cme(CME.INCORRECT_PASSWORD));
  const sw = unblockPin(card, sim.security, 'pin2', pin, newPin);
  if (sw === SW.OK) sim.pin2Pending = undefined;
  return reply(pinResult(sw));
}

export const cpin: CommandHandler = {
  name: '+CPIN',
  argumentCheck: 'own',
  read: (ctx) => {
    const sim = ctx.state.sim;
    const unusable = simUnavailable(sim, false);
    if (unusable) return reply(unusable);
    const code = cpinCode(sim);
    return code === undefined ? reply(cme(CME.SIM_FAILURE)) : reply(OK, [`+CPIN: ${code}`]);
  },
  write: (ctx) => {
    const args = passwordArgs(ctx.argText);
    if (!args || args.length < 1 || args.length > 2 || args[0] === undefined) return reply(ERROR);
    const [pin, newPin] = args as [string, string | undefined];
    const sim = ctx.state.sim;
    const unusable = simUnavailable(sim, false);
    if (unusable) return reply(unusable);
    const card = sim.uicc!;
    const lock = sim.lock;
    if (lock.status === 'ready') {
      return sim.pin2Pending ? enterPin2(sim, pin, newPin) : reply(cme(CME.OPERATION_NOT_ALLOWED));
    }
    if (lock.status !== 'locked') return reply(cme(CME.SIM_FAILURE));
    if (lock.code === 'SIM PIN') {
      if (newPin !== undefined) return reply(cme(CME.INCORRECT_PARAMETERS));
      if (badPassword(pin)) return reply(cme(CME.INCORRECT_PASSWORD));
      const sw = verifyPin(card, sim.security, 'pin1', pin);
      refreshLock(sim);
      return sw === SW.OK ? announceReady(ctx) : reply(pinResult(sw));
    }
    // SIM PUK
    if (newPin === undefined) return reply(cme(CME.SIM_PUK_REQUIRED));
    if (badPassword(pin) || badPassword(newPin)) return reply(cme(CME.INCORRECT_PASSWORD));
    const sw = unblockPin(card, sim.security, 'pin1', pin, newPin);
    refreshLock(sim);
    return sw === SW.OK ? announceReady(ctx) : reply(pinResult(sw));
  },
};

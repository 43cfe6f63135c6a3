// SIM767XX §3.2.5 AT+CACM Accumulated call meter, §3.2.6 AT+CAMM Accumulated call meter
// maximum (3GPP TS 27.007 §8.25-8.26): the Advice of Charge counters kept on the SIM, in
// EF_ACM (cyclic, 3-byte records) and EF_ACMmax (3 bytes) of the USIM (TS 31.102 §4.2.9, 4.2.7).
//
//   AT+CACM?                      +CACM: "<acm>"      (6 hex digits, coded as +CAOC <ccm>)
//   AT+CACM=<passwd> / AT+CACM    reset the ACM to 0 (PIN2)
//   AT+CAMM?                      +CAMM: "<acmmax>"
//   AT+CAMM=<acmmax>[,<passwd>]   set the maximum (PIN2); 0 disables it. AT+CAMM: sets 0.
//
// Reading needs the SIM ready; writing needs PIN2 (the files' update condition). <passwd> is
// PIN2, checked by the card: wrong → +CME ERROR: incorrect password (a PIN2 try spent, and
// +CPIN? then reports SIM PIN2 — SIM PUK2 once the tries are gone, 27.007 §8.3); PIN2 blocked →
// +CME ERROR: SIM PUK2 required (the manual's example, whose card has no PIN2 tries left:
// its +SPIC example reads 3,10,0,10). Without <passwd>, PIN2 must have been verified earlier in
// this session; otherwise the manual's examples answer +CME ERROR: SIM PIN required (where
// 27.007 would say SIM PIN2 required: the manual's text is followed).
// Like +CSIM/+CRSM, these need AT+CSIMSLEEP=0 (the manual): +CME ERROR: operation not allowed.

import { reply, type CommandContext, type CommandHandler, type HandlerResult } from '../../core/handler.js';
import { cme, CME, OK, type Final } from '../../core/result.js';
import { selectPath, SW, updateBinary, updateRecord, verifyPin } from '../../state/sim-apdu.js';
import { EF_ACM_PATH, EF_ACMMAX_PATH, readAcm, readAcmMax } from '../../state/sim-card.js';
import { simUnavailable, type SimState } from '../../state/sim.js';
import { badPassword, passwordArgs } from '../sim/passwords.js';

function hex6(units: number): string {
  return units.toString(16).padStart(6, '0').toUpperCase();
}

function usable(sim: SimState): Final | undefined {
  const unusable = simUnavailable(sim, true);
  if (unusable) return unusable;
  if (sim.sleepAllowed) return cme(CME.OPERATION_NOT_ALLOWED);
  return undefined;
}

/** PIN2 for an update: the password if given, else what was verified before. */
function authorise(sim: SimState, passwd: string | undefined): Final | undefined {
  const card = sim.uicc!;
  if (passwd === undefined) return sim.security.pin2Verified ? undefined : cme(CME.SIM_PIN_REQUIRED);
  if (card.pin2.retries === 0) {
    sim.pin2Pending = 'SIM PUK2';
    return cme(CME.SIM_PUK2_REQUIRED);
  }
  if (badPassword(passwd)) return cme(CME.INCORRECT_PASSWORD);
  const sw = verifyPin(card, sim.security, 'pin2', passwd);
  if (sw === SW.OK) {
    sim.pin2Pending = undefined;
    return undefined;
  }
  sim.pin2Pending = card.pin2.retries === 0 ? 'SIM PUK2' : 'SIM PIN2';
  return cme(CME.INCORRECT_PASSWORD);
}

/** Writes through the card's own access rules (the card answers 6982 without PIN2). */
function writeResult(sw: number): HandlerResult {
  return reply(sw === SW.OK ? OK : cme(CME.SIM_PIN2_REQUIRED));
}

function resetAcm(ctx: CommandContext, passwd: string | undefined): HandlerResult {
  const sim = ctx.state.sim;
  const refused = usable(sim) ?? authorise(sim, passwd);
  if (refused) return reply(refused);
  const channel = { dir: '3F00' };
  selectPath(channel, EF_ACM_PATH);
  return writeResult(updateRecord(sim.uicc!, sim.security, channel, 0, 0x03, '000000').sw);
}

function setAcmMax(ctx: CommandContext, acmmax: string, passwd: string | undefined): HandlerResult {
  const sim = ctx.state.sim;
  const refused = usable(sim) ?? authorise(sim, passwd);
  if (refused) return reply(refused);
  const channel = { dir: '3F00' };
  selectPath(channel, EF_ACMMAX_PATH);
  return writeResult(updateBinary(sim.uicc!, sim.security, channel, 0, acmmax.toUpperCase().padStart(6, '0')).sw);
}

export const cacm: CommandHandler = {
  name: '+CACM',
  argumentCheck: 'own',
  read: (ctx) => {
    const refused = usable(ctx.state.sim);
    return refused ? reply(refused) : reply(OK, [`+CACM: "${hex6(readAcm(ctx.state.sim.uicc!))}"`]);
  },
  write: (ctx) => {
    const args = passwordArgs(ctx.argText);
    if (!args || args.length !== 1 || args[0] === undefined) return reply(cme(CME.INCORRECT_PARAMETERS));
    return resetAcm(ctx, args[0]);
  },
  exec: (ctx) => resetAcm(ctx, undefined),
};

export const camm: CommandHandler = {
  name: '+CAMM',
  argumentCheck: 'own',
  read: (ctx) => {
    const refused = usable(ctx.state.sim);
    return refused ? reply(refused) : reply(OK, [`+CAMM: "${hex6(readAcmMax(ctx.state.sim.uicc!))}"`]);
  },
  write: (ctx) => {
    const args = passwordArgs(ctx.argText);
    if (!args || args.length < 1 || args.length > 2) return reply(cme(CME.INCORRECT_PARAMETERS));
    const [acmmax, passwd] = args;
    if (acmmax === undefined || !/^[0-9A-Fa-f]{1,6}$/.test(acmmax)) return reply(cme(CME.INCORRECT_PARAMETERS));
    return setAcmMax(ctx, acmmax, passwd);
  },
  exec: (ctx) => setAcmMax(ctx, '000000', undefined),
};

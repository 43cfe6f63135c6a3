// SIM767XX §6.2.6 AT+CSIM Generic SIM access (3GPP TS 27.007 §8.17).
//
//   AT+CSIM=<length>,"<command>"   +CSIM: <length>,"<response>"
//
// <command> is an APDU in hex, <length> its number of hex characters; <response> is the card's
// response data followed by the status word. The APDU goes to the simulated UICC as is, with
// T=0 semantics (sim-apdu.ts): a command that returns data answers 61xx and the data comes with
// GET RESPONSE (00C00000xx); a wrong Le answers 6Cxx. The card is a UICC, so the GSM class A0
// answers 6E00 — the manual's example (A0F2000016 → 6E00).
//
// Refused by the module (+CME ERROR: operation not allowed): the SIM Application Toolkit
// commands the manual's note excludes (TERMINAL PROFILE, ENVELOPE, FETCH, TERMINAL RESPONSE),
// and any access while AT+CSIMSLEEP=1 allows the SIM to sleep (the manual: "must" set 0 first).
// A <length> that does not match the command, or odd/non-hex text: +CME ERROR: incorrect
// parameters. No card: SIM not inserted; card still starting: SIM busy. PIN state does not
// matter: the card itself answers 6982 where its access conditions are not met.

import { reply, type CommandHandler } from '../../core/handler.js';
import { cme, CME, OK } from '../../core/result.js';
import { swHex, transmitApdu } from '../../state/sim-apdu.js';
import { refreshLock, simUnavailable } from '../../state/sim.js';

/** CLA 8X with TERMINAL PROFILE 10, FETCH 12, TERMINAL RESPONSE 14, ENVELOPE C2 (TS 102 221 §10.1.2). */
const TOOLKIT_INS = new Set([0x10, 0x12, 0x14, 0xc2]);
/** The longest short APDU: header, Lc, 255 data bytes, Le. */
const MAX_APDU_HEX = 2 * 261;

export const csim: CommandHandler = {
  name: '+CSIM',
  write: (ctx) => {
    const length = ctx.arg('length') as number;
    const command = String(ctx.arg('command') ?? '');
    if (!/^([0-9A-Fa-f]{2})+$/.test(command) || command.length !== length || length < 8 || length > MAX_APDU_HEX) {
      return reply(cme(CME.INCORRECT_PARAMETERS));
    }
    const sim = ctx.state.sim;
    const unusable = sim.lock.status === 'blocked' || sim.lock.status === 'locked' ? undefined : simUnavailable(sim, false);
    if (unusable) return reply(unusable);
    if (sim.sleepAllowed) return reply(cme(CME.OPERATION_NOT_ALLOWED));
    const cla = parseInt(command.slice(0, 2), 16);
    const ins = parseInt(command.slice(2, 4), 16);
    if ((cla & 0xf0) === 0x80 && TOOLKIT_INS.has(ins)) return reply(cme(CME.OPERATION_NOT_ALLOWED));
    const r = transmitApdu(sim.uicc!, sim.security, sim.csimChannel, command, 'T0');
    refreshLock(sim);
    const response = r.data + swHex(r.sw);
    return reply(OK, [`+CSIM: ${response.length},"${response}"`]);
  },
};

// SIM767XX §2.2.1 ATD Mobile originated call to dial a number.
//
// ATD*99# / ATD*99***<cid># (27.007 §10.2.1.1, the manual's example): a PS data call on context
// <cid> (default 1) — activated first if it is not (the EPS default bearer usually is) — then
// CONNECT and transparent data mode with a PPP endpoint (simulator/network/ppp/endpoint.ts).
// Not registered: NO CARRIER ("Originate a call unsuccessfully for failed connection
// recovery"); the context refused by the network: NO CARRIER; SIM problems: +CME ERROR.
//
// ATD<n>; — a voice call: "The termination character ';' is mandatory to set up voice calls".
// The manual's note says "Only data call is supported currently" but documents the voice
// responses; they are simulated (simulator/network/calls.ts): OK at once, then
// "VOICE CALL: BEGIN" when the far end answers, or BUSY / NO ANSWER / NO CARRIER. <n>: 0-9 * # +
// A B C; the V.25ter modifiers , T P ! W @ are ignored; GSM modifiers I i G g may follow. 112
// needs no SIM ("Standardized emergency number 112 (no SIM needed)"), only a cell. Other
// characters: +CME ERROR: 27 "invalid characters in dial str"; more than 40 digits: 26.
//
// ATD<n> without ';' (a circuit-switched data or fax call) is not possible on this LTE module:
// NO CARRIER.

import { reply, type CommandHandler } from '../../core/handler.js';
import { basic, cme, CME, ERROR, OK } from '../../core/result.js';
import { startOutgoingCall } from '../../network/calls.js';
import { activateContext, deactivateContext, PDP_CME } from '../../network/pdp.js';
import { PppEndpoint } from '../../network/ppp/endpoint.js';
import { camped, isRegistered } from '../../network/radio.js';
import { networkWorld } from '../../network/world.js';
import { activeContext } from '../../state/packet.js';
import { simUnavailable } from '../../state/sim.js';

const DATA_CALL = /^\*99(?:\*{3}(\d{1,2}))?#$/;
const IGNORED_MODIFIERS = /[,TP!W@]/gi;
const MAX_DIGITS = 40;

export const dial: CommandHandler = {
  name: 'D',
  argumentCheck: 'own',
  exec: async (ctx) => {
    const text = ctx.argText.trim();
    if (text === '') return reply(ERROR);
    const data = DATA_CALL.exec(text);
    if (data) return dialData(ctx, data[1] === undefined ? 1 : Number(data[1]));
    if (!text.endsWith(';')) return reply(basic('NO CARRIER'));
    const m = /^(.*?)([IiGg]*);$/.exec(text)!;
    const number = m[1]!.replace(IGNORED_MODIFIERS, '');
    if (number === '' || !/^[0-9*#+ABC]+$/i.test(number)) return reply(cme(27));
    if (number.length > MAX_DIGITS) return reply(cme(26));
    const world = networkWorld(ctx.modem);
    if (number === '112') {
      if (!camped(ctx.state, world)) return reply(basic('NO CARRIER'));
    } else {
      const sim = simUnavailable(ctx.state.sim, true);
      if (sim) return reply(sim);
      if (!isRegistered(ctx.state)) return reply(basic('NO CARRIER'));
    }
    if (ctx.state.calls.voice) return reply(cme(CME.OPERATION_NOT_ALLOWED));
    startOutgoingCall(ctx.state, ctx.modem, number);
    return reply(OK);
  },
};

async function dialData(ctx: Parameters<NonNullable<CommandHandler['exec']>>[0], cid: number) {
  const { state, modem: services } = ctx;
  const sim = simUnavailable(state.sim, true);
  if (sim) return reply(sim);
  if (cid < 1 || cid > 15 || !state.packet.definitions[cid]) return reply(cme(PDP_CME.CID_NOT_DEFINED));
  if (state.calls.data) return reply(cme(CME.OPERATION_NOT_ALLOWED));
  if (!isRegistered(state)) return reply(basic('NO CARRIER'));
  const wasActive = activeContext(state.packet, cid) !== undefined;
  const err = await activateContext(state, services, cid, 'dial-up');
  const context = activeContext(state.packet, cid);
  if (err || !context?.address) return reply(basic('NO CARRIER'));
  const world = networkWorld(services);
  return reply(basic('CONNECT'), [], [
    {
      type: 'data-mode',
      open: (sink) => {
        let current = true;
        const endpoint = new PppEndpoint({
          services,
          sink,
          localAddress: world.packet.gateway,
          peerAddress: context.address!,
          dns: world.packet.dns,
          ...(world.packet.credentials ? { credentials: world.packet.credentials } : {}),
          onEnd: (reason) => {
            if (!current) return;
            current = false;
            if (state.calls.data?.cid === cid) state.calls.data = undefined;
            // A context the dial-up brought up goes down with it; the default bearer stays.
            if (!wasActive && activeContext(state.packet, cid)?.origin === 'dial-up') deactivateContext(state, services, cid, 'me');
            services.log(`call: data call on context ${cid} ended (${reason})`);
          },
        });
        state.calls.data = { cid, since: services.clock.now(), terminate: (reason) => endpoint.terminate(reason) };
        return endpoint;
      },
    },
  ]);
}

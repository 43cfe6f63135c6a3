// Voice calls as far as the manual describes them (§2.2.1 ATD, §2.2.2 ATH; result codes §25.1).
//
// Outgoing: ATD<n>; answers OK at once; then the far end (world.callee) answers —
// "VOICE CALL: BEGIN" —, is busy — BUSY —, does not answer within `timing.noAnswerMs` —
// NO ANSWER —, or the call fails — NO CARRIER. Incoming (control action): RING every
// `timing.ringIntervalMs`; with S0 > 0 (V.250 §6.3.8, automatic answer) the module answers after
// S0 rings — "VOICE CALL: BEGIN". The manual has no ATA, +CLIP or +CVHU, so an incoming call is
// answered only automatically and presented only by RING; ATH acts as with AT+CVHU=0 (the
// manual's example sets that first).
//
// Ending: ATH — OK, then "VOICE CALL: END: <time>" (the manual's example, <time> as hhmmss of the
// connected time); the far end hanging up or the network dropping the call — "VOICE CALL: END:
// <time>" then NO CARRIER; a caller giving up before the answer — NO CARRIER.

import type { ModemServices } from '../core/handler.js';
import type { ModemState } from '../state/modem-state.js';
import type { VoiceCall } from '../state/calls.js';
import { networkWorld } from './world.js';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Connected time as the manual prints it after "VOICE CALL: END: " (hhmmss: 000017 is 17 s). */
export function callDuration(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${pad2(Math.floor(s / 3600) % 100)}${pad2(Math.floor(s / 60) % 60)}${pad2(s % 60)}`;
}

function endLine(call: Extract<VoiceCall, { phase: 'active' }>, now: number): string {
  return `VOICE CALL: END: ${callDuration(now - call.connectedAt)}`;
}

function clearTimer(services: ModemServices, call: VoiceCall | undefined): void {
  if (call && call.phase !== 'active') services.clearTimer(call.timer);
}

function connect(state: ModemState, services: ModemServices, number: string, direction: 'outgoing' | 'incoming'): void {
  clearTimer(services, state.calls.voice);
  state.calls.voice = { phase: 'active', number, direction, connectedAt: services.clock.now() };
  services.log(`call: ${direction} voice call with ${number} connected`);
  services.urc('VOICE CALL: BEGIN');
}

/** ATD<n>; after OK: the far end's answer comes later, as the world says. */
export function startOutgoingCall(state: ModemState, services: ModemServices, number: string): void {
  const world = networkWorld(services);
  const { outcome, afterMs } = world.callee;
  const delay = outcome === 'no-answer' ? services.profile.network.timing.noAnswerMs : afterMs;
  const call: VoiceCall = { phase: 'dialling', number, since: services.clock.now() };
  state.calls.voice = call;
  call.timer = services.setTimer(delay, () => {
    if (state.calls.voice !== call) return;
    if (outcome === 'answer') {
      connect(state, services, number, 'outgoing');
      return;
    }
    state.calls.voice = undefined;
    services.log(`call: outgoing call to ${number} ended: ${outcome}`);
    services.urc(outcome === 'busy' ? 'BUSY' : outcome === 'no-answer' ? 'NO ANSWER' : 'NO CARRIER');
  });
}

/** ATH: ends the voice call, if any. Returns the lines that follow OK. */
export function hangUpVoice(state: ModemState, services: ModemServices): string[] {
  const call = state.calls.voice;
  if (!call) return [];
  clearTimer(services, call);
  state.calls.voice = undefined;
  services.log(`call: voice call with ${call.number} hung up by the module`);
  return call.phase === 'active' ? [endLine(call, services.clock.now())] : [];
}

/** An incoming call from `number` (control). Refused (false) when a call is already there. */
export function ringIn(state: ModemState, services: ModemServices, number: string): boolean {
  if (state.calls.voice || state.calls.data) return false;
  const call: VoiceCall = { phase: 'incoming', number, since: services.clock.now(), rings: 0 };
  state.calls.voice = call;
  const ring = () => {
    if (state.calls.voice !== call) return;
    call.rings++;
    services.urc('RING');
    const s0 = state.v250.s[0] ?? 0;
    if (s0 > 0 && call.rings >= s0) {
      connect(state, services, number, 'incoming');
      return;
    }
    call.timer = services.setTimer(services.profile.network.timing.ringIntervalMs, ring);
  };
  ring();
  return true;
}

/** The far end hangs up (control): the call ends, whatever its phase. */
export function remoteHangUp(state: ModemState, services: ModemServices): boolean {
  const call = state.calls.voice;
  if (!call) return false;
  clearTimer(services, call);
  state.calls.voice = undefined;
  services.log(`call: far end ${call.number} hung up`);
  if (call.phase === 'active') services.urc(endLine(call, services.clock.now()));
  services.urc('NO CARRIER');
  return true;
}

/** Registration lost: a voice call drops like a remote hang-up. */
export function dropCallsOnDeregistration(state: ModemState, services: ModemServices): void {
  if (state.calls.voice) remoteHangUp(state, services);
}

// Calls (manual §2.2.1 ATD, §2.2.2 ATH): the voice call, if any, and the PS data call behind
// CONNECT (ATD*99#). Volatile: a power cycle ends every call.
//
// The manual says of ATD "Only data call is supported currently" but still documents the voice
// responses ("VOICE CALL: BEGIN", "VOICE CALL: END: <time>"); voice calls are simulated as far
// as those texts go (see simulator/network/calls.ts).

import type { TimerHandle } from '../core/clock.js';
import { defineSlice } from './modem-state.js';

export type VoiceCall =
  /** ATD<n>; sent, the far end has not answered yet. */
  | { phase: 'dialling'; number: string; since: number; timer?: TimerHandle }
  /** An incoming call ringing (RING every few seconds until answered or abandoned). */
  | { phase: 'incoming'; number: string; since: number; rings: number; timer?: TimerHandle }
  /** Connected since `connectedAt`. */
  | { phase: 'active'; number: string; direction: 'outgoing' | 'incoming'; connectedAt: number };

/** The PS data call behind CONNECT: which context it uses and how to end it. */
export interface DataCall {
  cid: number;
  since: number;
  /** Ends the data session from the module's side (network loss, PDP deactivation). */
  terminate(reason: string): void;
}

export interface CallsState {
  voice?: VoiceCall;
  data?: DataCall;
}

declare module './modem-state.js' {
  interface ModemState {
    calls: CallsState;
  }
}

export const callsSlice = defineSlice({
  key: 'calls',
  create: () => ({}),
});

// The SIM as the module sees it (manual chapter 6): the card in the slot, if any, and which
// password it waits for. The card's data comes from the profile (or the control API); the
// lock state is a discriminated union, not flags.
//
// Lifecycle at power-on: no card → absent; card with PIN enabled → 'SIM PIN'; else ready.
// Retry counters follow 3GPP TS 31.102: 3 PIN tries, then PUK (10 tries), then blocked.

import type { SimCard } from '../profiles/profile.js';
import { cme, CME, type Final } from '../core/result.js';
import { defineSlice } from './modem-state.js';

export type SimLock =
  | { status: 'absent' }
  | { status: 'ready' }
  /** Waiting for a password; `+CPIN?` prints the code (`SIM PIN`, `SIM PUK`, ...). */
  | { status: 'locked'; code: 'SIM PIN' | 'SIM PUK' | 'SIM PIN2' | 'SIM PUK2' }
  /** PUK tries exhausted: the card is unusable. */
  | { status: 'blocked' };

export interface SimState {
  card: SimCard | undefined;
  lock: SimLock;
  pinRetries: number;
  pukRetries: number;
  pin2Retries: number;
  puk2Retries: number;
}

declare module './modem-state.js' {
  interface ModemState {
    sim: SimState;
  }
}

export const PIN_TRIES = 3;
export const PUK_TRIES = 10;

export function lockAtPowerOn(card: SimCard | undefined): SimLock {
  if (!card) return { status: 'absent' };
  return card.pinEnabled ? { status: 'locked', code: 'SIM PIN' } : { status: 'ready' };
}

export const simSlice = defineSlice({
  key: 'sim',
  create: (profile) => {
    const card = profile.sim ? { ...profile.sim } : undefined;
    return { card, lock: lockAtPowerOn(card), pinRetries: PIN_TRIES, pukRetries: PUK_TRIES, pin2Retries: PIN_TRIES, puk2Retries: PUK_TRIES };
  },
});

/**
 * The error a command that needs the SIM gets when it is not usable, or undefined when it is.
 * `needsPin`: whether the command needs the PIN entered (CIMI does; CICCID does not).
 */
export function simUnavailable(sim: SimState, needsPin: boolean): Final | undefined {
  switch (sim.lock.status) {
    case 'absent':
      return cme(CME.SIM_NOT_INSERTED);
    case 'blocked':
      return cme(CME.SIM_FAILURE);
    case 'ready':
      return undefined;
    case 'locked':
      if (!needsPin) return undefined;
      return cme(sim.lock.code === 'SIM PUK' ? CME.SIM_PUK_REQUIRED : CME.SIM_PIN_REQUIRED);
  }
}

// The model of the PIN/PUK state machine that the model-based test checks the simulator
// against. Written from the behaviour documented in cpin.ts/clck.ts/cpwd.ts (27.007 §8.3,
// TS 102 221 §9.5), deliberately not from the simulator's code: a handful of numbers and the
// rules that move them.

import type { ModemHarness } from '../../../testing/harness.js';

export interface PinModel {
  pin: string;
  puk: string;
  /** The PIN is asked at start-up (+CLCK "SC"). */
  enabled: boolean;
  pinLeft: number;
  pukLeft: number;
  /** The PIN (or PUK) was given since the module started. */
  entered: boolean;
}

export interface PinReal {
  h: ModemHarness;
}

export const IMSI = '460010222028133';

export function initialModel(): PinModel {
  return { pin: '1234', puk: '12345678', enabled: true, pinLeft: 3, pukLeft: 10, entered: false };
}

export type PinPhase = 'ready' | 'pin' | 'puk' | 'blocked';

export function phase(m: PinModel): PinPhase {
  if (m.pinLeft === 0 && m.pukLeft === 0) return 'blocked';
  if (m.pinLeft === 0) return 'puk';
  if (m.enabled && !m.entered) return 'pin';
  return 'ready';
}

export function wellFormed(value: string): boolean {
  return /^\d{4,8}$/.test(value);
}

/** The answer to a command that needs a ready SIM, when it is not (+CMEE=1). */
export function notReadyError(m: PinModel): string | undefined {
  switch (phase(m)) {
    case 'blocked':
      return cme(13);
    case 'puk':
      return cme(12);
    case 'pin':
      return cme(11);
    case 'ready':
      return undefined;
  }
}

/**
 * The answer to AT+CPIN when the card is not waiting for the password the command gives
 * (`serves`: the PIN alone, or the PUK with a new PIN), or undefined when it is.
 */
export function cpinRefusal(m: PinModel, serves: 'pin' | 'puk'): string | undefined {
  const now = phase(m);
  if (now === serves) return undefined;
  if (now === 'blocked') return cme(13);
  if (now === 'ready') return cme(3);
  // The other password is awaited: a PIN while the PUK is (SIM PUK required), a PUK and new
  // PIN while the PIN is (incorrect parameters).
  return now === 'puk' ? cme(12) : cme(50);
}

/**
 * The answer to a command that needs a ready SIM and checks the PIN, the first of `passwords`
 * (+CLCK, +CPWD; the others must be well formed too): `apply` changes the model when it is right.
 */
export function withPinChecked(m: PinModel, passwords: readonly string[], apply: () => void): string {
  const notReady = notReadyError(m);
  if (notReady !== undefined) return notReady;
  if (!passwords.every(wellFormed)) return cme(16);
  if (passwords[0] !== m.pin) {
    wrongPin(m);
    return cme(16);
  }
  apply();
  // Giving the right PIN verifies it: its tries are full again and nothing more is asked now.
  m.pinLeft = 3;
  m.entered = true;
  return OK;
}

export function cme(code: number): string {
  return `\r\n+CME ERROR: ${code}\r\n`;
}

export const OK = '\r\nOK\r\n';

/** A wrong password: one try less; the last PIN try gone means the PUK is needed. */
export function wrongPin(m: PinModel): void {
  m.pinLeft = Math.max(0, m.pinLeft - 1);
}

/** Candidate values the commands draw from: right and wrong PINs and PUKs, and malformed ones. */
export const PIN_CANDIDATES = ['1234', '0000', '4321', '5678', '12', '123456789', '12a4'];
export const PUK_CANDIDATES = ['12345678', '00000000', '87654321', '123'];

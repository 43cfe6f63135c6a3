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

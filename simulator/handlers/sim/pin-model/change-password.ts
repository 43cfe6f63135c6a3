// AT+CPWD="SC","<old>","<new>": a new PIN.

import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { cme, notReadyError, OK, wellFormed, wrongPin, type PinModel, type PinReal } from './model.js';

export class ChangePasswordCommand implements AsyncCommand<PinModel, PinReal> {
  constructor(
    readonly oldPin: string,
    readonly newPin: string,
  ) {}

  check(): boolean {
    return true;
  }

  async run(m: PinModel, r: PinReal): Promise<void> {
    let expected = notReadyError(m);
    if (expected === undefined) {
      if (!wellFormed(this.oldPin) || !wellFormed(this.newPin)) expected = cme(16);
      else if (this.oldPin === m.pin) {
        expected = OK;
        m.pin = this.newPin;
        m.pinLeft = 3;
        m.entered = true;
      } else {
        expected = cme(16);
        wrongPin(m);
      }
    }
    expect(await r.h.command(this.toString())).toBe(expected);
  }

  toString(): string {
    return `AT+CPWD="SC","${this.oldPin}","${this.newPin}"`;
  }
}

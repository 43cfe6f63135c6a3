// AT+CLCK="SC",<mode>,"<pin>": the PIN lock on or off.

import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { cme, notReadyError, OK, wellFormed, wrongPin, type PinModel, type PinReal } from './model.js';

export class LockFacilityCommand implements AsyncCommand<PinModel, PinReal> {
  constructor(
    readonly enable: boolean,
    readonly pin: string,
  ) {}

  check(): boolean {
    return true;
  }

  async run(m: PinModel, r: PinReal): Promise<void> {
    let expected = notReadyError(m);
    if (expected === undefined) {
      if (!wellFormed(this.pin)) expected = cme(16);
      else if (this.pin === m.pin) {
        expected = OK;
        m.enabled = this.enable;
        m.pinLeft = 3;
        // Giving the right PIN verifies it: the lock just switched on asks nothing more now.
        m.entered = true;
      } else {
        expected = cme(16);
        wrongPin(m);
      }
    }
    expect(await r.h.command(this.toString())).toBe(expected);
  }

  toString(): string {
    return `AT+CLCK="SC",${this.enable ? 1 : 0},"${this.pin}"`;
  }
}

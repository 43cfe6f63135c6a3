// AT+CPIN="<pin>": the PIN when it is asked for.

import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { cme, OK, phase, wellFormed, wrongPin, type PinModel, type PinReal } from './model.js';

export class EnterPinCommand implements AsyncCommand<PinModel, PinReal> {
  constructor(readonly pin: string) {}

  check(): boolean {
    return true;
  }

  async run(m: PinModel, r: PinReal): Promise<void> {
    let expected: string;
    switch (phase(m)) {
      case 'blocked':
        expected = cme(13);
        break;
      case 'ready':
        expected = cme(3);
        break;
      case 'puk':
        expected = cme(12);
        break;
      case 'pin':
        if (!wellFormed(this.pin)) expected = cme(16);
        else if (this.pin === m.pin) {
          expected = `${OK}\r\n+CPIN: READY\r\n`;
          m.entered = true;
          m.pinLeft = 3;
        } else {
          expected = cme(16);
          wrongPin(m);
        }
    }
    expect(await r.h.command(`AT+CPIN="${this.pin}"`)).toBe(expected);
  }

  toString(): string {
    return `AT+CPIN="${this.pin}"`;
  }
}

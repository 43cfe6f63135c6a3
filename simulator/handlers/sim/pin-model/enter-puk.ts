// AT+CPIN="<puk>","<newpin>": unblocking with the PUK.

import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { cme, OK, phase, wellFormed, type PinModel, type PinReal } from './model.js';

export class EnterPukCommand implements AsyncCommand<PinModel, PinReal> {
  constructor(
    readonly puk: string,
    readonly newPin: string,
  ) {}

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
      case 'pin':
        expected = cme(50);
        break;
      case 'puk':
        if (!wellFormed(this.puk) || !wellFormed(this.newPin)) expected = cme(16);
        else if (this.puk === m.puk) {
          expected = `${OK}\r\n+CPIN: READY\r\n`;
          m.pin = this.newPin;
          m.pinLeft = 3;
          m.pukLeft = 10;
          m.entered = true;
        } else {
          expected = cme(16);
          m.pukLeft--;
        }
    }
    expect(await r.h.command(`AT+CPIN="${this.puk}","${this.newPin}"`)).toBe(expected);
  }

  toString(): string {
    return `AT+CPIN="${this.puk}","${this.newPin}"`;
  }
}

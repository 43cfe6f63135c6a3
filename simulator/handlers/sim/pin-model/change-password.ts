// AT+CPWD="SC","<old>","<new>": a new PIN.

import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { withPinChecked, type PinModel, type PinReal } from './model.js';

export class ChangePasswordCommand implements AsyncCommand<PinModel, PinReal> {
  constructor(
    readonly oldPin: string,
    readonly newPin: string,
  ) {}

  check(): boolean {
    return true;
  }

  async run(m: PinModel, r: PinReal): Promise<void> {
    const expected = withPinChecked(m, [this.oldPin, this.newPin], () => {
      m.pin = this.newPin;
    });
    expect(await r.h.command(this.toString())).toBe(expected);
  }

  toString(): string {
    return `AT+CPWD="SC","${this.oldPin}","${this.newPin}"`;
  }
}

// AT+CLCK="SC",<mode>,"<pin>": the PIN lock on or off.

import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { withPinChecked, type PinModel, type PinReal } from './model.js';

export class LockFacilityCommand implements AsyncCommand<PinModel, PinReal> {
  constructor(
    readonly enable: boolean,
    readonly pin: string,
  ) {}

  check(): boolean {
    return true;
  }

  async run(m: PinModel, r: PinReal): Promise<void> {
    // The lock just switched on asks nothing more now: the PIN was given.
    const expected = withPinChecked(m, [this.pin], () => {
      m.enabled = this.enable;
    });
    expect(await r.h.command(this.toString())).toBe(expected);
  }

  toString(): string {
    return `AT+CLCK="SC",${this.enable ? 1 : 0},"${this.pin}"`;
  }
}

// AT+CRESET and the boot that follows: the card keeps its PIN and counters, the module forgets
// that the PIN was entered.

import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import type { PinModel, PinReal } from './model.js';

export class RestartCommand implements AsyncCommand<PinModel, PinReal> {
  check(): boolean {
    return true;
  }

  async run(m: PinModel, r: PinReal): Promise<void> {
    expect(await r.h.command('AT+CRESET')).toBe('\r\nOK\r\n');
    await r.h.advance(10_000);
    r.h.take();
    // Settings are NO_SAVE: echo and +CMEE come back at their factory values.
    expect(await r.h.command('ATE0')).toBe('ATE0\r\r\nOK\r\n');
    expect(await r.h.command('AT+CMEE=1')).toBe('\r\nOK\r\n');
    m.entered = false;
  }

  toString(): string {
    return 'AT+CRESET';
  }
}

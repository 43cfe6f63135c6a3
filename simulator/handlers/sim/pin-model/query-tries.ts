// AT+SPIC: tries left, whatever the state.

import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import type { PinModel, PinReal } from './model.js';

export class QueryTriesCommand implements AsyncCommand<PinModel, PinReal> {
  check(): boolean {
    return true;
  }

  async run(m: PinModel, r: PinReal): Promise<void> {
    expect(await r.h.command('AT+SPIC')).toBe(`\r\n+SPIC: ${m.pinLeft},${m.pukLeft},3,10\r\n\r\nOK\r\n`);
  }

  toString(): string {
    return 'AT+SPIC';
  }
}

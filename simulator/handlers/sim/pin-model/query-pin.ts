// AT+CPIN?: READY, SIM PIN, SIM PUK, or SIM failure for a blocked card.

import type { AsyncCommand } from 'fast-check';
import { cme, phase, type PinModel, type PinReal } from './model.js';
import { expect } from 'vitest';

export class QueryPinCommand implements AsyncCommand<PinModel, PinReal> {
  check(): boolean {
    return true;
  }

  async run(m: PinModel, r: PinReal): Promise<void> {
    const expected = {
      ready: '\r\n+CPIN: READY\r\n\r\nOK\r\n',
      pin: '\r\n+CPIN: SIM PIN\r\n\r\nOK\r\n',
      puk: '\r\n+CPIN: SIM PUK\r\n\r\nOK\r\n',
      blocked: cme(13),
    }[phase(m)];
    expect(await r.h.command('AT+CPIN?')).toBe(expected);
  }

  toString(): string {
    return 'AT+CPIN?';
  }
}

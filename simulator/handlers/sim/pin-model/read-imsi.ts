// AT+CIMI: the IMSI, only with the SIM ready.

import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { IMSI, notReadyError, type PinModel, type PinReal } from './model.js';

export class ReadImsiCommand implements AsyncCommand<PinModel, PinReal> {
  check(): boolean {
    return true;
  }

  async run(m: PinModel, r: PinReal): Promise<void> {
    expect(await r.h.command('AT+CIMI')).toBe(notReadyError(m) ?? `\r\n${IMSI}\r\n\r\nOK\r\n`);
  }

  toString(): string {
    return 'AT+CIMI';
  }
}

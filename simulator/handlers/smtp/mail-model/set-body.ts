// AT+CSMTPSBODY=<len> then the bytes / AT+CSMTPSBODY

import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { prompt, type MailModel, type MailReal } from './model.js';

export class SetBodyCommand implements AsyncCommand<MailModel, MailReal> {
  constructor(readonly bytes: Buffer | undefined) {}

  check(): boolean {
    return true;
  }

  async run(m: MailModel, r: MailReal): Promise<void> {
    if (!this.bytes) {
      expect(await r.h.command('AT+CSMTPSBODY')).toBe('\r\nOK\r\n');
      m.body = Buffer.alloc(0);
      return;
    }
    expect(await prompt(r.h, `AT+CSMTPSBODY=${this.bytes.length}`, this.bytes)).toBe('\r\n> \r\nOK\r\n');
    m.body = this.bytes;
  }

  toString(): string {
    return this.bytes ? `AT+CSMTPSBODY=${this.bytes.length} > ${this.bytes.toString('hex')}` : 'AT+CSMTPSBODY';
  }
}

// AT+CSMTPSBCH=<charset> / AT+CSMTPSBCH

import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import type { MailModel, MailReal } from './model.js';

export class SetCharsetCommand implements AsyncCommand<MailModel, MailReal> {
  constructor(readonly charset: string | undefined) {}

  check(): boolean {
    return true;
  }

  async run(m: MailModel, r: MailReal): Promise<void> {
    expect(await r.h.command(this.toString())).toBe('\r\nOK\r\n');
    m.charset = this.charset ?? 'utf-8';
  }

  toString(): string {
    return this.charset ? `AT+CSMTPSBCH="${this.charset}"` : 'AT+CSMTPSBCH';
  }
}

// AT+CSMTPSFROM=<saddr>[,<sname>] / AT+CSMTPSFROM

import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import type { Address, MailModel, MailReal } from './model.js';

export class SetFromCommand implements AsyncCommand<MailModel, MailReal> {
  constructor(readonly from: Address | undefined) {}

  check(): boolean {
    return true;
  }

  async run(m: MailModel, r: MailReal): Promise<void> {
    expect(await r.h.command(this.toString())).toBe('\r\nOK\r\n');
    m.from = this.from;
  }

  toString(): string {
    if (!this.from) return 'AT+CSMTPSFROM';
    return `AT+CSMTPSFROM="${this.from.address}"${this.from.name ? `,"${this.from.name}"` : ''}`;
  }
}

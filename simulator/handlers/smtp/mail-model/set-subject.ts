// AT+CSMTPSSUB=<len>[,<charset>] then the bytes / AT+CSMTPSSUB

import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { prompt, type MailModel, type MailReal } from './model.js';

export class SetSubjectCommand implements AsyncCommand<MailModel, MailReal> {
  constructor(
    readonly bytes: Buffer | undefined,
    readonly charset: string | undefined,
  ) {}

  check(): boolean {
    return true;
  }

  async run(m: MailModel, r: MailReal): Promise<void> {
    if (!this.bytes) {
      expect(await r.h.command('AT+CSMTPSSUB')).toBe('\r\nOK\r\n');
      m.subject = { bytes: Buffer.alloc(0), charset: 'UTF-8' };
      return;
    }
    expect(await prompt(r.h, this.line(), this.bytes)).toBe('\r\n> \r\nOK\r\n');
    m.subject = { bytes: this.bytes, charset: this.charset ?? 'UTF-8' };
  }

  private line(): string {
    return `AT+CSMTPSSUB=${this.bytes!.length}${this.charset ? `,"${this.charset}"` : ''}`;
  }

  toString(): string {
    return this.bytes ? `${this.line()} > ${this.bytes.toString('hex')}` : 'AT+CSMTPSSUB';
  }
}

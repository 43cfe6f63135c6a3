// AT+CSMTPSCLEAN: the mail as on a fresh module (the server settings too: set again here).

import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { initialModel, type MailModel, type MailReal } from './model.js';

export class CleanCommand implements AsyncCommand<MailModel, MailReal> {
  check(): boolean {
    return true;
  }

  async run(m: MailModel, r: MailReal): Promise<void> {
    expect(await r.h.command('AT+CSMTPSCLEAN')).toBe('\r\nOK\r\n');
    Object.assign(m, { ...initialModel(), sent: m.sent });
    expect(await r.h.command('AT+CSMTPSSRV?')).toBe('\r\n+CSMTPSSRV: "",465,2\r\n\r\nOK\r\n');
    expect(await r.h.command('AT+CSMTPSSRV="smtp.example.com",25,1')).toBe('\r\nOK\r\n');
  }

  toString(): string {
    return 'AT+CSMTPSCLEAN';
  }
}

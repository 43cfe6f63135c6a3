// AT+CSMTPSRCPT=<kind>,<index> / AT+CSMTPSRCPT=<kind> / AT+CSMTPSRCPT

import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import type { MailModel, MailReal } from './model.js';

export class ClearRecipientsCommand implements AsyncCommand<MailModel, MailReal> {
  constructor(
    readonly kind: number | undefined,
    readonly index: number | undefined,
  ) {}

  check(): boolean {
    return true;
  }

  async run(m: MailModel, r: MailReal): Promise<void> {
    expect(await r.h.command(this.toString())).toBe('\r\nOK\r\n');
    m.recipients.forEach((list, kind) =>
      list.forEach((_x, index) => {
        if ((this.kind === undefined || this.kind === kind) && (this.index === undefined || this.index === index)) list[index] = undefined;
      }),
    );
  }

  toString(): string {
    if (this.kind === undefined) return 'AT+CSMTPSRCPT';
    return `AT+CSMTPSRCPT=${this.kind}${this.index === undefined ? '' : `,${this.index}`}`;
  }
}

// AT+CSMTPSRCPT=<kind>,<index>,<raddr>[,<rname>]

import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import type { Address, MailModel, MailReal } from './model.js';

export class SetRecipientCommand implements AsyncCommand<MailModel, MailReal> {
  constructor(
    readonly kind: number,
    readonly index: number,
    readonly to: Address,
    readonly withName: boolean,
  ) {}

  check(): boolean {
    return true;
  }

  async run(m: MailModel, r: MailReal): Promise<void> {
    expect(await r.h.command(this.toString())).toBe('\r\nOK\r\n');
    m.recipients[this.kind]![this.index] = { address: this.to.address, name: this.withName ? this.to.name : '' };
  }

  toString(): string {
    return `AT+CSMTPSRCPT=${this.kind},${this.index},"${this.to.address}"${this.withName ? `,"${this.to.name}"` : ''}`;
  }
}

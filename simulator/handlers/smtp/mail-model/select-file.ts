// AT+CSMTPSFILE=<index>,<filename> (604 for a second file of the same name) / AT+CSMTPSFILE=<index> / AT+CSMTPSFILE

import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import type { MailModel, MailReal, ModelFile } from './model.js';

export class SelectFileCommand implements AsyncCommand<MailModel, MailReal> {
  constructor(
    readonly index: number | undefined,
    readonly file: ModelFile | undefined,
  ) {}

  check(): boolean {
    return true;
  }

  async run(m: MailModel, r: MailReal): Promise<void> {
    const answer = await r.h.command(this.toString());
    if (this.index === undefined) {
      expect(answer).toBe('\r\nOK\r\n');
      m.files.fill(undefined);
      return;
    }
    if (!this.file) {
      expect(answer).toBe('\r\nOK\r\n');
      m.files[this.index - 1] = undefined;
      return;
    }
    const clash = m.files.some((f, i) => f && i !== this.index! - 1 && f.name === this.file!.name);
    if (clash) {
      expect(answer).toBe('\r\n+CSMTPS: 604\r\n\r\nERROR\r\n');
      return;
    }
    expect(answer).toBe('\r\nOK\r\n');
    m.files[this.index - 1] = this.file;
  }

  toString(): string {
    if (this.index === undefined) return 'AT+CSMTPSFILE';
    return `AT+CSMTPSFILE=${this.index}${this.file ? `,"${this.file.path}"` : ''}`;
  }
}

// Every read form of the composition commands, as the model predicts them.

import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import type { MailModel, MailReal } from './model.js';

const ok = (lines: string[]) => (lines.length ? `\r\n${lines.join('\r\n')}\r\n` : '') + '\r\nOK\r\n';

export class ReadAllCommand implements AsyncCommand<MailModel, MailReal> {
  check(): boolean {
    return true;
  }

  async run(m: MailModel, r: MailReal): Promise<void> {
    const h = r.h;
    expect(await h.command('AT+CSMTPSFROM?')).toBe(ok([`+CSMTPSFROM: "${m.from?.address ?? ''}","${m.from?.name ?? ''}"`]));
    const rcpt: string[] = [];
    m.recipients.forEach((list, kind) => list.forEach((a, index) => a && rcpt.push(`+CSMTPSRCPT: ${kind},${index},"${a.address}","${a.name}"`)));
    expect(await h.command('AT+CSMTPSRCPT?')).toBe(ok(rcpt));
    const subject = [`+CSMTPSSUB: ${m.subject.bytes.length},"${m.subject.charset}"`, ...(m.subject.bytes.length ? [m.subject.bytes.toString('latin1')] : [])];
    expect(await h.command('AT+CSMTPSSUB?')).toBe(ok(subject));
    expect(await h.command('AT+CSMTPSBODY?')).toBe(ok([`+CSMTPSBODY: ${m.body.length}`, ...(m.body.length ? [m.body.toString('latin1')] : [])]));
    expect(await h.command('AT+CSMTPSBCH?')).toBe(ok([`+CSMTPSBCH: "${m.charset}"`]));
    const files: string[] = [];
    m.files.forEach((f, i) => f && files.push(`+CSMTPSFILE: ${i + 1},"${f.path}",${f.data.length}`));
    expect(await h.command('AT+CSMTPSFILE?')).toBe(ok(files));
  }

  toString(): string {
    return 'read every setting';
  }
}

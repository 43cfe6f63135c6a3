// AT+CSMTPSSEND: 608 without a sender or a recipient; otherwise the server receives exactly the
// mail of the model (envelope, From/To/Cc, no Bcc, subject bytes, body bytes and charset,
// attachments in index order), taken apart by the test's own reader.

import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { parseMail } from '../../../smtp/testing/parse-mail.js';
import type { Address, MailModel, MailReal } from './model.js';

/** "Name <a@b>, c@d" → addresses (the model's names are letters, digits and spaces). */
function addresses(header: string | undefined): Address[] {
  if (!header) return [];
  return header.split(/,\s*/).map((part) => {
    const m = /^(?:"?([^"<]*?)"?\s*)?<([^>]+)>$/.exec(part.trim());
    return m ? { name: (m[1] ?? '').trim(), address: m[2]! } : { name: '', address: part.trim() };
  });
}

export class SendCommand implements AsyncCommand<MailModel, MailReal> {
  check(): boolean {
    return true;
  }

  async run(m: MailModel, r: MailReal): Promise<void> {
    const listed = (kind: number) => m.recipients[kind]!.filter((a): a is Address => a !== undefined);
    const answer = await r.h.command('AT+CSMTPSSEND');
    if (!m.from || [0, 1, 2].every((k) => listed(k).length === 0)) {
      expect(answer).toBe('\r\n+CSMTPSSEND: 608\r\n\r\nERROR\r\n');
      return;
    }
    expect(answer.startsWith('\r\nOK\r\n')).toBe(true);
    if (!answer.includes('+CSMTPSSEND:')) await r.h.waitForOutput('+CSMTPSSEND:');
    expect(r.h.take() + answer).toContain('+CSMTPSSEND: 0\r\n');
    const got = await r.server.mail(m.sent);
    m.sent++;
    expect(got.from).toBe(m.from.address);
    expect(got.to).toEqual([...new Set([0, 1, 2].flatMap((k) => listed(k).map((a) => a.address)))]);
    const mail = parseMail(got.raw);
    expect(addresses(mail.header('from')?.bytes.toString())).toEqual([m.from]);
    expect(addresses(mail.header('to')?.bytes.toString())).toEqual(listed(0));
    expect(addresses(mail.header('cc')?.bytes.toString())).toEqual(listed(1));
    expect(mail.headers.has('bcc')).toBe(false);
    if (m.subject.bytes.length === 0) expect(mail.headers.has('subject')).toBe(false);
    else expect(mail.header('subject')?.bytes).toEqual(m.subject.bytes);
    const files = m.files.filter((f) => f !== undefined);
    expect(mail.parts).toHaveLength(1 + files.length);
    expect(mail.parts[0]!.params.charset).toBe(m.charset);
    expect(mail.parts[0]!.data).toEqual(m.body);
    files.forEach((f, i) => {
      expect(mail.parts[i + 1]!.filename).toBe(f.name);
      expect(mail.parts[i + 1]!.data).toEqual(f.data);
    });
  }

  toString(): string {
    return 'AT+CSMTPSSEND';
  }
}

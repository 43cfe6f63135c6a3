// Model-based test of chapter 22 (fast-check `fc.commands` + asyncModelRun): random sequences of
// the composition commands (sender, recipients of each kind, subject and body bytes in any
// character set, body character set, attachments, clearing, AT+CSMTPSCLEAN), the read forms
// compared with the model (model.ts), and AT+CSMTPSSEND to a real SMTP server on loopback whose
// received message must be the model's mail. A failure prints the seed and the replay path.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ModemControl } from '../../../control/control.js';
import { fileSystemOf } from '../../../fs/index.js';
import { smtpTestServer, type SmtpTestServer } from '../../../smtp/testing/smtp-test-server.js';
import { ModemHarness } from '../../../testing/harness.js';
import { ClearRecipientsCommand } from './clear-recipients.js';
import { CleanCommand } from './clean.js';
import { ADDRESSES, FILES, initialModel, type MailModel, type MailReal } from './model.js';
import { ReadAllCommand } from './read-all.js';
import { SelectFileCommand } from './select-file.js';
import { SendCommand } from './send.js';
import { SetBodyCommand } from './set-body.js';
import { SetCharsetCommand } from './set-charset.js';
import { SetFromCommand } from './set-from.js';
import { SetRecipientCommand } from './set-recipient.js';
import { SetSubjectCommand } from './set-subject.js';

let server: SmtpTestServer;
beforeAll(async () => {
  server = await smtpTestServer();
});
afterAll(() => server.close());

const name = fc.stringMatching(/^[A-Za-z0-9]([A-Za-z0-9 ]{0,10}[A-Za-z0-9])?$/);
const address = fc.record({ address: fc.constantFrom(...ADDRESSES), name });
const bytes = (max: number) => fc.uint8Array({ minLength: 1, maxLength: max }).map((b) => Buffer.from(b));
const text = (max: number) => fc.string({ minLength: 1, maxLength: max, unit: fc.constantFrom(...'abc XYZ.=?-_\r\n'.split('')) }).map((s) => Buffer.from(s, 'latin1'));
const cjk = fc.string({ minLength: 1, maxLength: 30, unit: fc.constantFrom(...'测试邮件附件中文 ab'.split('')) }).map((s) => Buffer.from(s, 'utf8'));

const commands = fc.commands(
  [
    fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 4 }), address, fc.boolean()).map(([k, i, a, n]) => new SetRecipientCommand(k, i, a, n)),
    fc.tuple(fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }), fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined })).map(([k, i]) => new ClearRecipientsCommand(k, k === undefined ? undefined : i)),
    fc.option(address, { nil: undefined, freq: 5 }).map((a) => new SetFromCommand(a)),
    fc.option(fc.tuple(fc.oneof(bytes(60), text(120), cjk), fc.constantFrom(undefined, 'utf-8', 'gb2312', 'ISO-8859-1')), { nil: undefined, freq: 5 }).map((s) => new SetSubjectCommand(s?.[0], s?.[1])),
    fc.option(fc.oneof(bytes(300), text(300)), { nil: undefined, freq: 5 }).map((b) => new SetBodyCommand(b)),
    fc.option(fc.constantFrom('gb2312', 'ISO-8859-1', 'UTF-8', 'big5'), { nil: undefined }).map((c) => new SetCharsetCommand(c)),
    fc.tuple(fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined, freq: 8 }), fc.option(fc.constantFrom(...FILES), { nil: undefined, freq: 4 })).map(([i, f]) => new SelectFileCommand(i, i === undefined ? undefined : f)),
    fc.constant(new CleanCommand()),
    fc.constant(new ReadAllCommand()),
    fc.constant(new SendCommand()),
    fc.constant(new SendCommand()),
  ],
  { maxCommands: 30 },
);

describe('chapter 22 mail composition (model-based)', () => {
  it('reads back and sends exactly the mail the model composed', async () => {
    await fc.assert(
      fc.asyncProperty(commands, async (cmds) => {
        const h = await ModemHarness.start();
        try {
          await h.advance(10_000);
          await h.command('ATE0');
          const control = new ModemControl(h.modem);
          await control.run('set host', { name: 'smtp.example.com', address: '203.0.113.25' });
          await control.run('internet route', { to: '203.0.113.25:25', port: server.port });
          await h.command('AT+CSMTPSSRV="smtp.example.com",25,1');
          // A mail that can be sent from the start (a sender and a recipient), so sends happen.
          await h.command('AT+CSMTPSFROM="ann@example.com"');
          await h.command('AT+CSMTPSRCPT=0,0,"bob@example.org"');
          for (const f of FILES) fileSystemOf(h.modem).write(f.path, f.data);
          server.mails.length = 0;
          const model: MailModel = initialModel();
          model.from = { address: 'ann@example.com', name: '' };
          model.recipients[0]![0] = { address: 'bob@example.org', name: '' };
          const setup = () => ({ model, real: { h, server } as MailReal });
          await fc.asyncModelRun(setup, cmds);
        } finally {
          h.modem.powerOff();
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

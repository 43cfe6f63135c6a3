// Control actions of chapter 22's e-mail (simulator/smtp/): the mail as composed, whether a
// session runs, and the last message a server accepted (as sent, for a user to inspect).

import type { Modem } from '../core/modem.js';
import { smtpRuntime } from '../smtp/send.js';
import { RECIPIENT_KINDS } from '../state/smtp.js';
import type { ControlAction } from './action.js';

function status(modem: Modem, withMessage: boolean) {
  const runtime = smtpRuntime(modem.services());
  const last = runtime.lastMessage;
  const out: Record<string, unknown> = {};
  if (modem.power === 'on') {
    const s = modem.state.smtp;
    Object.assign(out, {
      server: s.server,
      sslContext: s.sslContext,
      cid: s.cid,
      auth: { required: s.auth.required, user: s.auth.user },
      from: s.from,
      recipients: s.recipients.flatMap((list, kind) => list.flatMap((r, index) => (r ? [{ kind: RECIPIENT_KINDS[kind], index, ...r }] : []))),
      subject: { length: s.subject.bytes.length, charset: s.subject.charset },
      body: { length: s.body.length, charset: s.bodyCharset },
      attachments: s.attachments.flatMap((a, i) => (a ? [{ index: i + 1, ...a }] : [])),
      sender: s.sender.status,
      ...(s.lastResult === undefined ? {} : { lastResult: s.lastResult }),
    });
  }
  if (last) out.lastMessage = { envelope: last.envelope, bytes: last.message.length, ...(withMessage ? { text: last.message.toString('latin1') } : {}) };
  return out;
}

export const smtpActions: readonly ControlAction[] = [
  {
    name: 'smtp status',
    summary: 'The e-mail as composed (AT+CSMTPS*), whether it is being sent, and the last message a server accepted',
    params: { message: { type: 'boolean', description: 'include the last message as sent (RFC 5322 text)' } },
    run: (modem, p) => status(modem, p.message === true),
  },
];

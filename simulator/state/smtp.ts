// The e-mail of chapter 22 (SMTPS): the session settings (+CSMTPSCFG contexts, +CSMTPSSRV server,
// +CSMTPSAUTH credentials), the mail being composed (+CSMTPSFROM, +CSMTPSRCPT, +CSMTPSSUB,
// +CSMTPSBODY, +CSMTPSBCH, +CSMTPSFILE) and whether a +CSMTPSSEND session is running.
//
// Saving: every command of the chapter has Parameter Saving Mode "-" (manual §22.2.1-22.2.12):
// nothing survives a power cycle; AT+CSMTPSCLEAN (and power-on) give the values below.
//
// Lifecycle of the sender: idle → sending (AT+CSMTPSSEND accepted) → idle when the session ends
// (+CSMTPSSEND: <err> reported, AT+CSMTPSSTOP, or the module powers off). While it sends, the
// commands that change the mail or its settings answer ERROR (manual §22.2.7: "If the process of
// sending an e-mail is ongoing, the command will return ERROR directly"; applied to the whole
// chapter, as the mail being sent must not change under the session).

import { defineSlice } from './modem-state.js';

/** <kind> of AT+CSMTPSRCPT. */
export const RECIPIENT_KINDS = ['TO', 'CC', 'BCC'] as const;
/** <index> 0-4 per kind. */
export const RECIPIENTS_PER_KIND = 5;
/** <index> 1-10 of AT+CSMTPSFILE. */
export const MAX_ATTACHMENTS = 10;

/** <server_type> of AT+CSMTPSSRV: 1 SMTP, 2 SMTPS (TLS from the start), 3 SMTP with STARTTLS. */
export type ServerType = 1 | 2 | 3;

export interface MailAddress {
  address: string;
  /** "" when no name was given. */
  name: string;
}

export interface SelectedAttachment {
  /** The file as selected, fully qualified ("D:/file1.txt"). */
  path: string;
  /** Its name, which names the attachment in the mail. */
  name: string;
  /** Its size when it was selected. */
  size: number;
}

export type SenderLifecycle = { status: 'idle' } | { status: 'sending'; startedAt: number };

export interface SmtpState {
  /** +CSMTPSCFG "sslCtxId": the SSL context of AT+CSSLCFG for types 2 and 3. */
  sslContext: number;
  /** +CSMTPSCFG "pdpCtxId" / "CID": the PDP context the session rides. */
  cid: number;
  server: { address: string; port: number; type: ServerType };
  auth: { required: boolean; user: string; password: string };
  from: MailAddress;
  /** Recipients by kind (TO, CC, BCC), then index 0-4. */
  recipients: Array<Array<MailAddress | undefined>>;
  /** +CSMTPSSUB: the subject's bytes as typed, and their character set as written. */
  subject: { bytes: Buffer; charset: string };
  /** +CSMTPSBODY: the body's bytes as typed. */
  body: Buffer;
  /** +CSMTPSBCH: the body's character set. */
  bodyCharset: string;
  /** +CSMTPSFILE: attachments by <index> - 1. */
  attachments: Array<SelectedAttachment | undefined>;
  sender: SenderLifecycle;
  /** The <err> of the last +CSMTPSSEND (for the control action "smtp status"). */
  lastResult?: number;
}

declare module './modem-state.js' {
  interface ModemState {
    smtp: SmtpState;
  }
}

export const DEFAULT_SMTP_PORT = 465;
export const DEFAULT_SUBJECT_CHARSET = 'UTF-8';
export const DEFAULT_BODY_CHARSET = 'utf-8';

export function freshSmtp(): SmtpState {
  return {
    sslContext: 0,
    cid: 1,
    server: { address: '', port: DEFAULT_SMTP_PORT, type: 2 },
    auth: { required: false, user: '', password: '' },
    from: { address: '', name: '' },
    recipients: RECIPIENT_KINDS.map(() => Array.from({ length: RECIPIENTS_PER_KIND }, () => undefined)),
    subject: { bytes: Buffer.alloc(0), charset: DEFAULT_SUBJECT_CHARSET },
    body: Buffer.alloc(0),
    bodyCharset: DEFAULT_BODY_CHARSET,
    attachments: Array.from({ length: MAX_ATTACHMENTS }, () => undefined),
    sender: { status: 'idle' },
  };
}

/** AT+CSMTPSCLEAN: the mail and its settings back to the values of a fresh module. */
export function cleanSmtp(s: SmtpState): void {
  const fresh = freshSmtp();
  Object.assign(s, { ...fresh, sender: s.sender, lastResult: s.lastResult });
}

export const smtpSlice = defineSlice({
  key: 'smtp',
  create: () => freshSmtp(),
});

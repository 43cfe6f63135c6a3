// The message AT+CSMTPSSEND sends (RFC 5322, MIME RFC 2045-2047, 2183, 2231), built from what
// the chapter's commands set:
//   From:     <saddr> with <sname> (AT+CSMTPSFROM)
//   To:, Cc:  the TO and CC recipients in <index> order (AT+CSMTPSRCPT); BCC ones are only in the
//             envelope (RCPT TO), never in a header
//   Subject:  the bytes typed at AT+CSMTPSSUB's prompt: as they are when printable ASCII, else
//             as RFC 2047 encoded-words ("B" encoding) labelled with <subject_character> — the
//             module does not transcode, it labels (words split at character boundaries where
//             the platform knows the character set)
//   Date:     the module's RTC (AT+CCLK) with its time zone ("-0000": zone unknown, RFC 5322 §3.3)
//   body:     text/plain; charset=<charset of AT+CSMTPSBCH>, the bytes typed at AT+CSMTPSBODY's
//             prompt, base64 (any bytes, any character set, line ends kept)
//   attachments (AT+CSMTPSFILE, in <index> order): after the body in a multipart/mixed, each
//             named by its file name (RFC 2231 for non-ASCII names), typed by its extension,
//             base64.
// The MIME tree is nodemailer's MimeNode (boundaries, header folding, address and parameter
// encoding); the subject's encoded-words and the date are made here.

import MimeNode from 'nodemailer/lib/mime-node';
import type { MailAddress } from '../state/smtp.js';

export interface MailContent {
  from: MailAddress;
  to: readonly MailAddress[];
  cc: readonly MailAddress[];
  bcc: readonly MailAddress[];
  subject: { bytes: Buffer; charset: string };
  body: Buffer;
  bodyCharset: string;
  attachments: ReadonlyArray<{ name: string; data: Buffer }>;
}

export interface ComposedMail {
  envelope: { from: string; to: string[] };
  message: Buffer;
}

/** The room an encoded-word has on a header line after "Subject: " (RFC 2047 §2: 76 per line). */
const LINE_ROOM = 76 - 'Subject: '.length - 1;

function decoderFor(charset: string): TextDecoder | undefined {
  try {
    return new TextDecoder(charset, { fatal: true });
  } catch {
    return undefined; // a label the platform does not know: bytes are split without regard to characters
  }
}

function decodes(decoder: TextDecoder, bytes: Buffer): boolean {
  try {
    decoder.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * A header text from bytes in `charset`: as is when it is plain printable ASCII, else RFC 2047
 * B-encoded words of at most one line each, split between characters where the charset is known.
 */
export function encodeHeaderText(bytes: Buffer, charset: string): string {
  const text = bytes.toString('latin1');
  // Printable ASCII goes as it is, unless a reader would change it: spaces at its ends (lost when
  // the header is read) or "=?" (read as the start of an encoded-word, RFC 2047 §5).
  if (/^[\x20-\x7e]*$/.test(text) && !/^ | $|=\?/.test(text)) return text;
  const perWord = Math.max(3, Math.floor((LINE_ROOM - charset.length - 7) / 4) * 3);
  const decoder = decoderFor(charset);
  const words: string[] = [];
  let start = 0;
  while (start < bytes.length) {
    let end = Math.min(bytes.length, start + perWord);
    if (decoder) {
      let cut = end;
      while (cut > start + 1 && !decodes(decoder, bytes.subarray(start, cut))) cut--;
      if (decodes(decoder, bytes.subarray(start, cut))) end = cut;
    }
    words.push(`=?${charset}?B?${bytes.subarray(start, end).toString('base64')}?=`);
    start = end;
  }
  return words.join('\r\n ');
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * An RFC 5322 §3.3 date from the time the RTC shows (its fields read as UTC) and its zone in
 * quarters of an hour (undefined: "-0000", the local zone is not known).
 */
export function rfc5322Date(shownMs: number, zoneQuarters: number | undefined): string {
  const d = new Date(shownMs);
  const zone = zoneQuarters === undefined ? '-0000' : `${zoneQuarters < 0 ? '-' : '+'}${pad(Math.trunc((Math.abs(zoneQuarters) * 15) / 60))}${pad((Math.abs(zoneQuarters) * 15) % 60)}`;
  return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${zone}`;
}

function addressValue(a: MailAddress): { name?: string; address: string } {
  return a.name ? { name: a.name, address: a.address } : { address: a.address };
}

/** The envelope and the message for `mail`, dated `date` (RFC 5322 text). */
export async function composeMail(mail: MailContent, date: string): Promise<ComposedMail> {
  const multipart = mail.attachments.length > 0;
  const domain = /@([^@]+)$/.exec(mail.from.address)?.[1] ?? 'localhost';
  const root = new MimeNode(multipart ? 'multipart/mixed' : `text/plain; charset=${mail.bodyCharset}`, { hostname: domain, newline: 'win' });
  root.setHeader('From', addressValue(mail.from));
  if (mail.to.length > 0) root.setHeader('To', mail.to.map(addressValue));
  if (mail.cc.length > 0) root.setHeader('Cc', mail.cc.map(addressValue));
  if (mail.subject.bytes.length > 0) {
    const subject = encodeHeaderText(mail.subject.bytes, mail.subject.charset);
    // Plain text is folded at its spaces (RFC 5322 §2.2.3); encoded-words come folded.
    root.setHeader('Subject', { prepared: true, value: subject, foldLines: !subject.startsWith('=?') });
  }
  root.setHeader('Date', date);
  const text = multipart ? root.createChild(`text/plain; charset=${mail.bodyCharset}`) : root;
  text.setHeader('Content-Transfer-Encoding', 'base64');
  text.setContent(mail.body);
  for (const file of mail.attachments) {
    const part = root.createChild(false as never, { filename: file.name });
    part.setHeader('Content-Transfer-Encoding', 'base64');
    part.setContent(file.data);
  }
  const recipients = [...mail.to, ...mail.cc, ...mail.bcc].map((r) => r.address);
  return {
    envelope: { from: mail.from.address, to: [...new Set(recipients)] },
    message: await root.build(),
  };
}

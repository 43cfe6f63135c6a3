// The SMTP client of AT+CSMTPSSEND: one mail transaction (RFC 5321 §3.3) over a connection the
// module opened, with the extensions the chapter needs: STARTTLS (RFC 3207) for <server_type> 3,
// AUTH PLAIN (RFC 4616) or AUTH LOGIN (draft-murchison-sasl-login) for +CSMTPSAUTH (RFC 4954).
//
// Why not nodemailer's SMTPConnection: it fits plain SMTP and TLS from the start (it takes an open
// socket), but for STARTTLS it upgrades the socket itself with node:tls and its own options, so
// the SSL context of AT+CSMTPSCFG (CA and client certificates from the module's store, the
// server checks by the module's RTC, <negotiatetime>) would not apply; and its timeouts run on
// real timers, not the module's clock. The protocol is small; this client speaks it over any
// Duplex (simulator/internet/stream.ts connectionStream, or the TLS socket of
// simulator/ssl/start-tls.ts), with every wait bounded on the module's clock.
//
// Session (RFC 5321 §3.1-3.3, §4.1.1):
//   greeting 220 → EHLO (HELO if the server does not know EHLO, §3.2) → [STARTTLS → 220 → TLS →
//   EHLO again, RFC 3207 §4.2] → [AUTH] → MAIL FROM → RCPT TO per recipient → DATA → 354 → the
//   message, dot-stuffed (§4.5.2), ended by <CRLF>.<CRLF> → 250 → QUIT.
// Timeouts are RFC 5321 §4.5.3.2's: 5 min for the greeting, MAIL and RCPT (and, as ours, EHLO,
// STARTTLS, AUTH), 2 min for the DATA initiation, 3 min per data block written, 10 min for the
// final 250.
// A recipient the server refuses is left out; the transaction goes on while one is accepted
// (RFC 5321 §3.3: the server may accept some). None accepted: SMTP server error.
//
// Failures are SmtpFailures with the <err> of §22.3: 610 SMTP server error (an unexpected reply),
// 611 authentication failure (refused, or no mechanism the module knows), 605 time out, 606
// transfer failed (the connection broke or closed during the session), 612 user cancel
// (abort(), AT+CSMTPSSTOP).

import type { Duplex } from 'node:stream';
import type { ModemServices } from '../core/handler.js';
import { SMTP_ERR, SmtpFailure, type SmtpErr } from './errors.js';

type Services = Pick<ModemServices, 'clock' | 'setTimer' | 'clearTimer' | 'log'>;

const MINUTE = 60_000;
/** RFC 5321 §4.5.3.2. */
export const SMTP_TIMEOUTS = {
  greeting: 5 * MINUTE,
  command: 5 * MINUTE,
  dataInitiation: 2 * MINUTE,
  dataBlock: 3 * MINUTE,
  dataTermination: 10 * MINUTE,
} as const;

export interface SmtpReply {
  code: number;
  /** The text of each line, after the code and its separator. */
  lines: string[];
}

/** Reads replies (RFC 5321 §4.2: "250-..." continues, "250 ..." ends) from a stream. */
class ReplyReader {
  private pending = '';
  private partial: string[] = [];
  private readonly ready: SmtpReply[] = [];
  private waiter: { resolve: (r: SmtpReply) => void; reject: (e: Error) => void } | undefined;
  private failure: Error | undefined;
  private stream: Duplex | undefined;
  private readonly onData = (chunk: Buffer) => this.feed(chunk.toString('latin1'));
  private readonly onEnd = () => this.fail(new SmtpFailure(SMTP_ERR.TRANSFER_FAILED, 'the server closed the connection'));
  private readonly onError = (e: Error) => this.fail(new SmtpFailure(SMTP_ERR.TRANSFER_FAILED, `connection failed: ${e.message}`));

  attach(stream: Duplex): void {
    this.stream = stream;
    stream.on('data', this.onData);
    stream.on('end', this.onEnd);
    stream.on('close', this.onEnd);
    stream.on('error', this.onError);
  }

  /** Stops reading `stream` (before a TLS layer takes it over): it is paused, nothing is lost. */
  detach(): void {
    const s = this.stream;
    if (!s) return;
    s.pause();
    s.off('data', this.onData);
    s.off('end', this.onEnd);
    s.off('close', this.onEnd);
    s.off('error', this.onError);
    this.stream = undefined;
  }

  private feed(text: string): void {
    this.pending += text;
    for (;;) {
      const end = this.pending.indexOf('\n');
      if (end < 0) break;
      const line = this.pending.slice(0, end).replace(/\r$/, '');
      this.pending = this.pending.slice(end + 1);
      const m = /^(\d{3})([ -]?)(.*)$/.exec(line);
      if (!m) {
        this.fail(new SmtpFailure(SMTP_ERR.SERVER, `not an SMTP reply: ${JSON.stringify(line)}`));
        return;
      }
      this.partial.push(m[3]!);
      if (m[2] === '-') continue;
      this.ready.push({ code: Number(m[1]), lines: this.partial });
      this.partial = [];
    }
    this.wake();
  }

  fail(e: Error): void {
    this.failure ??= e;
    this.wake();
  }

  private wake(): void {
    const w = this.waiter;
    if (!w) return;
    const next = this.ready.shift();
    if (next) {
      this.waiter = undefined;
      w.resolve(next);
    } else if (this.failure) {
      this.waiter = undefined;
      w.reject(this.failure);
    }
  }

  next(): Promise<SmtpReply> {
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
      this.wake();
    });
  }

  /** Whether the server sent something after the last reply taken (a pipelining violation). */
  get hasUnread(): boolean {
    return this.ready.length > 0 || this.pending.length > 0 || this.partial.length > 0;
  }
}

export interface SmtpTransaction {
  /** The name for EHLO/HELO: a domain, or an address literal "[10.0.0.1]" (RFC 5321 §4.1.3). */
  clientName: string;
  /** Credentials, when +CSMTPSAUTH asks for authentication. */
  auth?: { user: string; password: string };
  /** Run STARTTLS and continue over what `upgrade` returns (the TLS socket). */
  startTls?: (plain: Duplex) => Promise<Duplex>;
  /** The reverse path (MAIL FROM). */
  from: string;
  /** The forward paths (RCPT TO), in order. */
  to: readonly string[];
  /** The message (RFC 5322), lines ended by CRLF. */
  message: Buffer;
}

export interface SmtpOutcome {
  /** The recipients the server accepted. */
  accepted: string[];
  rejected: string[];
  /** The server's last reply to the message ("250 OK: queued as ..."). */
  response: string;
}

/** The message with leading dots doubled (RFC 5321 §4.5.2) and a final CRLF. */
export function dotStuff(message: Buffer): Buffer {
  let text = message.toString('latin1');
  if (!text.endsWith('\r\n')) text += '\r\n';
  return Buffer.from(text.replace(/(^|\r\n)\./g, '$1..'), 'latin1');
}

const xtext = (s: string) => Buffer.from(s, 'utf8').toString('base64');

/**
 * One SMTP session over `stream`: runs `t` and QUIT. `cancel` lets the owner end it at once
 * (AT+CSMTPSSTOP); the stream is not closed here.
 */
export class SmtpSession {
  private readonly reader = new ReplyReader();
  private stream: Duplex;
  private cancelled: SmtpFailure | undefined;
  private timer: ReturnType<Services['setTimer']> | undefined;
  private rejectWait: ((e: Error) => void) | undefined;

  constructor(
    private readonly services: Services,
    stream: Duplex,
  ) {
    this.stream = stream;
    this.reader.attach(stream);
  }

  /** Ends the session now: the wait in progress fails with `failure`. */
  cancel(failure: SmtpFailure): void {
    this.cancelled ??= failure;
    this.reader.fail(failure);
    this.rejectWait?.(failure);
  }

  /** The next reply, within `timeoutMs` of the module's clock. */
  private async reply(timeoutMs: number, what: string): Promise<SmtpReply> {
    if (this.cancelled) throw this.cancelled;
    const waiting = this.services.clock.outside(this.reader.next());
    const timeout = new Promise<never>((_, reject) => {
      this.rejectWait = reject;
      this.timer = this.services.setTimer(timeoutMs, () => reject(new SmtpFailure(SMTP_ERR.TIMEOUT, `no reply to ${what} in ${timeoutMs / 1000} s`)));
    });
    try {
      const r = await Promise.race([waiting, timeout]);
      this.services.log(`smtp: S: ${r.code} ${r.lines.join(' | ')}`);
      return r;
    } finally {
      this.services.clearTimer(this.timer);
      this.timer = undefined;
      this.rejectWait = undefined;
      waiting.catch(() => undefined);
    }
  }

  private async write(data: string | Buffer, timeoutMs = SMTP_TIMEOUTS.command): Promise<void> {
    if (this.cancelled) throw this.cancelled;
    const stream = this.stream;
    const written = this.services.clock.outside(
      new Promise<void>((resolve, reject) => {
        stream.write(data, (err) => (err ? reject(new SmtpFailure(SMTP_ERR.TRANSFER_FAILED, `write failed: ${err.message}`)) : resolve()));
      }),
    );
    const timeout = new Promise<never>((_, reject) => {
      this.rejectWait = reject;
      this.timer = this.services.setTimer(timeoutMs, () => reject(new SmtpFailure(SMTP_ERR.TIMEOUT, `could not send in ${timeoutMs / 1000} s`)));
    });
    try {
      await Promise.race([written, timeout]);
    } finally {
      this.services.clearTimer(this.timer);
      this.timer = undefined;
      this.rejectWait = undefined;
      written.catch(() => undefined);
    }
  }

  /** Sends a command line and waits for its reply. `shown` replaces secrets in the log. */
  private async command(line: string, timeoutMs = SMTP_TIMEOUTS.command, shown = line): Promise<SmtpReply> {
    this.services.log(`smtp: C: ${shown}`);
    await this.write(`${line}\r\n`);
    return this.reply(timeoutMs, shown.split(' ')[0]!);
  }

  private static expect(r: SmtpReply, codes: readonly number[], what: string, err: SmtpErr = SMTP_ERR.SERVER): void {
    if (!codes.includes(r.code)) throw new SmtpFailure(err, `${what}: the server answered ${r.code} ${r.lines.join(' ')}`);
  }

  /** EHLO, or HELO where the server does not know EHLO: the extensions it announced. */
  private async hello(name: string): Promise<Map<string, string>> {
    const ehlo = await this.command(`EHLO ${name}`);
    const extensions = new Map<string, string>();
    if (ehlo.code === 250) {
      for (const l of ehlo.lines.slice(1)) {
        const m = /^([A-Za-z0-9][A-Za-z0-9-]*)(?:[ =](.*))?$/.exec(l.trim());
        if (m) extensions.set(m[1]!.toUpperCase(), (m[2] ?? '').trim());
      }
      return extensions;
    }
    if (ehlo.code >= 500 && ehlo.code < 600) {
      SmtpSession.expect(await this.command(`HELO ${name}`), [250], 'HELO');
      return extensions;
    }
    throw new SmtpFailure(SMTP_ERR.SERVER, `EHLO: the server answered ${ehlo.code} ${ehlo.lines.join(' ')}`);
  }

  private async authenticate(extensions: Map<string, string>, user: string, password: string): Promise<void> {
    const mechanisms = (extensions.get('AUTH') ?? '').toUpperCase().split(/\s+/);
    if (mechanisms.includes('PLAIN')) {
      const initial = xtext(`\0${user}\0${password}`);
      let r = await this.command(`AUTH PLAIN ${initial}`, SMTP_TIMEOUTS.command, 'AUTH PLAIN ****');
      // RFC 4954 §4: a server that does not take the initial response asks with an empty 334.
      if (r.code === 334) r = await this.command(initial, SMTP_TIMEOUTS.command, '****');
      SmtpSession.expect(r, [235], 'AUTH PLAIN', SMTP_ERR.AUTHENTICATION);
      return;
    }
    if (mechanisms.includes('LOGIN')) {
      SmtpSession.expect(await this.command('AUTH LOGIN'), [334], 'AUTH LOGIN', SMTP_ERR.AUTHENTICATION);
      SmtpSession.expect(await this.command(xtext(user), SMTP_TIMEOUTS.command, '****'), [334], 'AUTH LOGIN user', SMTP_ERR.AUTHENTICATION);
      SmtpSession.expect(await this.command(xtext(password), SMTP_TIMEOUTS.command, '****'), [235], 'AUTH LOGIN', SMTP_ERR.AUTHENTICATION);
      return;
    }
    throw new SmtpFailure(SMTP_ERR.AUTHENTICATION, `the server offers no AUTH mechanism the module knows (${extensions.get('AUTH') ?? 'no AUTH'})`);
  }

  /** Runs the transaction; resolves when the server took the message (QUIT is sent after). */
  async run(t: SmtpTransaction): Promise<SmtpOutcome> {
    SmtpSession.expect(await this.reply(SMTP_TIMEOUTS.greeting, 'the greeting'), [220], 'greeting');
    let extensions = await this.hello(t.clientName);
    if (t.startTls) {
      if (!extensions.has('STARTTLS')) throw new SmtpFailure(SMTP_ERR.SERVER, 'the server does not offer STARTTLS');
      SmtpSession.expect(await this.command('STARTTLS'), [220], 'STARTTLS');
      // RFC 3207 §4.2: nothing the server sent before TLS may be used after it.
      if (this.reader.hasUnread) throw new SmtpFailure(SMTP_ERR.SERVER, 'the server sent data after its STARTTLS reply');
      this.reader.detach();
      const secure = await t.startTls(this.stream);
      if (this.cancelled) {
        secure.destroy();
        throw this.cancelled;
      }
      this.stream = secure;
      this.reader.attach(secure);
      extensions = await this.hello(t.clientName);
    }
    if (t.auth) await this.authenticate(extensions, t.auth.user, t.auth.password);
    SmtpSession.expect(await this.command(`MAIL FROM:<${t.from}>`), [250], 'MAIL FROM');
    const accepted: string[] = [];
    const rejected: string[] = [];
    for (const to of t.to) {
      const r = await this.command(`RCPT TO:<${to}>`);
      (r.code === 250 || r.code === 251 ? accepted : rejected).push(to);
    }
    if (accepted.length === 0) throw new SmtpFailure(SMTP_ERR.SERVER, `the server accepted none of the recipients (${rejected.join(', ')})`);
    SmtpSession.expect(await this.command('DATA', SMTP_TIMEOUTS.dataInitiation), [354], 'DATA');
    this.services.log(`smtp: C: <${t.message.length} bytes of message>`);
    await this.write(dotStuff(t.message), SMTP_TIMEOUTS.dataBlock);
    await this.write('.\r\n', SMTP_TIMEOUTS.dataBlock);
    const done = await this.reply(SMTP_TIMEOUTS.dataTermination, 'the end of the message');
    SmtpSession.expect(done, [250], 'end of data');
    return { accepted, rejected, response: `${done.code} ${done.lines.join(' ')}` };
  }

  /** QUIT (RFC 5321 §4.1.1.10); the server's answer is not needed to end the session. */
  async quit(): Promise<void> {
    try {
      await this.command('QUIT');
    } catch {
      // the mail is delivered; a server that closes at once or stays silent changes nothing
    }
  }

  /** The stream the session speaks over now (the TLS socket after STARTTLS). */
  get transport(): Duplex {
    return this.stream;
  }
}

// The session of AT+CSMTPSSEND (manual §22.2.10): the mail is built, a connection opened to the
// server of AT+CSMTPSSRV over the PDP context of AT+CSMTPSCFG, and the SMTP client
// (client.ts) runs the transaction; the outcome is reported as "+CSMTPSSEND: <err>" (§22.3).
//
//   <server_type> 1  plain SMTP over TCP
//                 2  TLS from the first byte (SMTPS, RFC 8314), SSL context "sslCtxId"
//                 3  plain TCP, then STARTTLS (RFC 3207) with the same SSL context
//
// Connection failures map to §22.3 codes: the bearer down or the name unknown → 601 network
// error; refused, reset, TLS handshake or certificate refused → 602 socket error; no answer in
// CONNECT_TIMEOUT_MS → 605 time out. The client's own failures carry their code (client.ts).
// AT+CSMTPSSTOP cancels the session: 612 user cancel. A session of a module that powered off
// reports nothing (its connection was closed with the power).

import { AttachmentKey } from '../core/attachments.js';
import type { ModemServices } from '../core/handler.js';
import { contextBearer } from '../internet/bearer.js';
import { InternetError, internetOf, type TcpConnection } from '../internet/internet.js';
import { connectionStream } from '../internet/stream.js';
import { openTlsWithContext } from '../ssl/open-tls.js';
import { startTlsWithContext } from '../ssl/start-tls.js';
import type { ModemState } from '../state/modem-state.js';
import { RECIPIENT_KINDS, type MailAddress, type SmtpState } from '../state/smtp.js';
import { fileSystemOf } from '../fs/index.js';
import { SmtpSession } from './client.js';
import { composeMail, rfc5322Date, type ComposedMail } from './compose.js';
import { SMTP_ERR, SmtpFailure, type SmtpErr } from './errors.js';

/** How long the module waits for the TCP connection to the server (our figure; the manual gives none). */
export const CONNECT_TIMEOUT_MS = 120_000;

/** The session running now, for AT+CSMTPSSTOP. */
export interface RunningSession {
  cancel(): void;
}

/** Per-modem runtime of the chapter: the session running, and the last message a server took. */
export interface SmtpRuntime {
  current?: RunningSession;
  lastMessage?: ComposedMail;
}

const SESSION = new AttachmentKey<SmtpRuntime>('smtp.session');

export function smtpRuntime(services: Pick<ModemServices, 'instance'>): SmtpRuntime {
  return services.instance.attachments.getOrCreate(SESSION, (): SmtpRuntime => ({}));
}

function recipientsOf(s: SmtpState, kind: number): MailAddress[] {
  return s.recipients[kind]!.filter((r): r is MailAddress => r !== undefined);
}

/** Why the mail cannot be sent as set (before any connection), or undefined. */
export function missingForSend(s: SmtpState): string | undefined {
  if (!s.server.address) return 'no server (AT+CSMTPSSRV)';
  if (!s.from.address) return 'no sender (AT+CSMTPSFROM)';
  if (RECIPIENT_KINDS.every((_k, kind) => recipientsOf(s, kind).length === 0)) return 'no recipient (AT+CSMTPSRCPT)';
  if (s.auth.required && !s.auth.user) return 'authentication without a user name (AT+CSMTPSAUTH)';
  return undefined;
}

/** The attachments' bytes, or the EFS error of a file that is gone. */
export function readAttachments(services: Pick<ModemServices, 'instance'>, s: SmtpState): { ok: true; files: Array<{ name: string; data: Buffer }> } | { ok: false; detail: string } {
  const fs = fileSystemOf(services.instance);
  const files: Array<{ name: string; data: Buffer }> = [];
  for (const a of s.attachments) {
    if (!a) continue;
    const data = fs.read(a.path);
    if (!data.ok) return { ok: false, detail: `${a.path}: ${data.error.message}` };
    files.push({ name: a.name, data: data.value });
  }
  return { ok: true, files };
}

function connectErr(e: unknown): SmtpErr {
  if (e instanceof SmtpFailure) return e.err;
  if (!(e instanceof InternetError)) return SMTP_ERR.UNKNOWN;
  switch (e.code) {
    case 'dns':
    case 'unreachable':
      return SMTP_ERR.NETWORK;
    case 'timeout':
      return SMTP_ERR.TIMEOUT;
    default:
      return SMTP_ERR.SOCKET;
  }
}

/**
 * Runs the session for the mail of `state` (AT+CSMTPSSEND accepted it: sender "sending"), then
 * reports "+CSMTPSSEND: <err>" and leaves the sender idle.
 */
export async function runSendSession(state: ModemState, services: ModemServices, files: Array<{ name: string; data: Buffer }>): Promise<void> {
  const s = state.smtp;
  const runtime = smtpRuntime(services);
  const alive = () => services.instance.state === state && services.instance.power === 'on';
  let conn: TcpConnection | undefined;
  let session: SmtpSession | undefined;
  let cancelled = false;
  let stop: (e: Error) => void = () => undefined;
  const stopped = new Promise<never>((_, reject) => (stop = reject));
  stopped.catch(() => undefined);
  runtime.current = {
    cancel: () => {
      cancelled = true;
      const failure = new SmtpFailure(SMTP_ERR.USER_CANCEL, 'AT+CSMTPSSTOP');
      stop(failure);
      session?.cancel(failure);
      conn?.abort('local');
    },
  };
  const finish = (err: SmtpErr, detail: string) => {
    runtime.current = undefined;
    if (!alive()) return;
    s.sender = { status: 'idle' };
    s.lastResult = err;
    services.log(`smtp: +CSMTPSSEND: ${err} (${detail})`);
    services.urc(`+CSMTPSSEND: ${err}`);
  };

  try {
    const rtc = state.network.rtc;
    const mail = await composeMail(
      {
        from: s.from,
        to: recipientsOf(s, 0),
        cc: recipientsOf(s, 1),
        bcc: recipientsOf(s, 2),
        subject: s.subject,
        body: s.body,
        bodyCharset: s.bodyCharset,
        attachments: files,
      },
      rfc5322Date(services.clock.now() + rtc.offsetMs, rtc.zone),
    );
    const check = contextBearer(state, s.cid);
    if (!check.ok) throw new SmtpFailure(SMTP_ERR.NETWORK, `no bearer on context ${s.cid}: ${check.reason}`);
    const { address: host, port, type } = s.server;
    const open = { bearer: check.bearer, host, port, timeoutMs: CONNECT_TIMEOUT_MS };
    const connecting = type === 2 ? openTlsWithContext(services, { ...open, context: s.sslContext }) : internetOf(services).openTcp({ ...open, services });
    try {
      conn = await Promise.race([connecting, stopped]);
    } catch (e) {
      // Stopped while connecting: a connection that completes later is dropped.
      if (cancelled) void connecting.then((c) => c.abort('local')).catch(() => undefined);
      throw new SmtpFailure(connectErr(e), `connecting to ${host}:${port}: ${(e as Error).message}`);
    }
    if (cancelled || !alive()) {
      conn.abort('local');
      throw new SmtpFailure(SMTP_ERR.USER_CANCEL, 'stopped while connecting');
    }
    services.log(`smtp: connected to ${conn.remote.address}:${conn.remote.port}${type === 2 ? ' (TLS)' : ''}`);
    session = new SmtpSession(services, connectionStream(conn));
    const startTls =
      type === 3
        ? async (plain: Parameters<typeof startTlsWithContext>[1]['socket']) => {
            try {
              return await startTlsWithContext(services, { context: s.sslContext, socket: plain, host });
            } catch (e) {
              throw new SmtpFailure(connectErr(e), `STARTTLS: ${(e as Error).message}`);
            }
          }
        : undefined;
    const outcome = await session.run({
      clientName: `[${check.bearer.address}]`,
      ...(s.auth.required ? { auth: { user: s.auth.user, password: s.auth.password } } : {}),
      ...(startTls ? { startTls } : {}),
      from: mail.envelope.from,
      to: mail.envelope.to,
      message: mail.message,
    });
    runtime.lastMessage = mail;
    finish(SMTP_ERR.OK, `${outcome.response}; accepted ${outcome.accepted.join(', ')}${outcome.rejected.length ? `; refused ${outcome.rejected.join(', ')}` : ''}`);
    const done = session;
    const transport = conn;
    void done.quit().finally(() => void transport.close().catch(() => undefined));
  } catch (e) {
    const err = cancelled ? SMTP_ERR.USER_CANCEL : e instanceof SmtpFailure ? e.err : SMTP_ERR.UNKNOWN;
    conn?.abort('local');
    finish(err, (e as Error).message);
  }
}

// A real SMTP server on loopback for tests of chapter 22: nodemailer's smtp-server (a
// devDependency), recording every message it accepts with its envelope and the session's facts
// (TLS, the user that authenticated). Plain SMTP with STARTTLS offered (give `tls` for the
// certificate it shows), or TLS from the first byte (`secure: true`).

import type { Socket } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: Buffer;
  /** Whether the session was encrypted when the message came (TLS or STARTTLS). */
  secure: boolean;
  /** The user that authenticated, if any. */
  user?: string;
  /** What the client said in EHLO/HELO. */
  helo: string;
}

export interface SmtpTestServer {
  port: number;
  mails: ReceivedMail[];
  /** Resolves with the n-th (0-based) message received. */
  mail(n?: number): Promise<ReceivedMail>;
  /** Authentication attempts: user, password, method. */
  logins: Array<{ user: string; password: string; method: string }>;
  /** Sockets of the sessions, to cut one off. */
  sockets: Socket[];
  close(): Promise<void>;
}

export interface SmtpTestServerOptions {
  /** TLS from the first byte. */
  secure?: boolean;
  /** The server's certificate and key (STARTTLS, or `secure`). */
  tls?: { key: string; cert: string };
  /** Accepted users and their passwords; with any, AUTH is offered (and required). */
  users?: Record<string, string>;
  /** e.g. ['PLAIN'] or ['LOGIN']. */
  authMethods?: string[];
  /** Do not offer STARTTLS. */
  noStartTls?: boolean;
  /** Recipients to refuse (550). */
  refuse?: string[];
  /** Real milliseconds before the greeting (a server on the other side of a network). */
  greetingDelayMs?: number;
  /** Called with each message before it is accepted; may hold it (a server that never answers). */
  onMessage?: (mail: ReceivedMail) => Promise<void> | void;
  /** Further smtp-server options. */
  extra?: Partial<SMTPServerOptions>;
}

export async function smtpTestServer(o: SmtpTestServerOptions = {}): Promise<SmtpTestServer> {
  const mails: ReceivedMail[] = [];
  const logins: SmtpTestServer['logins'] = [];
  const sockets: Socket[] = [];
  const users = o.users;
  const server = new SMTPServer({
    secure: o.secure ?? false,
    ...(o.tls ? { key: o.tls.key, cert: o.tls.cert } : {}),
    authOptional: !users,
    allowInsecureAuth: true,
    ...(o.authMethods ? { authMethods: o.authMethods } : {}),
    disabledCommands: [...(users ? [] : ['AUTH']), ...(o.noStartTls || o.secure ? ['STARTTLS'] : [])],
    logger: false,
    onConnect: (_session, callback) => {
      if (o.greetingDelayMs) setTimeout(() => callback(), o.greetingDelayMs);
      else callback();
    },
    onAuth: (auth, _session, callback) => {
      logins.push({ user: auth.username ?? '', password: auth.password ?? '', method: auth.method });
      if (users && auth.username !== undefined && users[auth.username] === auth.password) callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onRcptTo: (address, _session, callback) => {
      if (o.refuse?.includes(address.address)) {
        const err = new Error(`refused: ${address.address}`) as Error & { responseCode: number };
        err.responseCode = 550;
        callback(err);
      } else callback();
    },
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const mail: ReceivedMail = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
          secure: session.secure,
          helo: session.hostNameAppearsAs,
          ...(session.user ? { user: String(session.user) } : {}),
        };
        void Promise.resolve(o.onMessage?.(mail)).then(() => {
          mails.push(mail);
          callback();
        });
      });
    },
    ...o.extra,
  });
  server.on('error', () => undefined);
  const net = (server as unknown as { server: { on(e: 'connection', f: (s: Socket) => void): void } }).server;
  net.on('connection', (s) => sockets.push(s));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = ((server as unknown as { server: { address(): { port: number } } }).server.address()).port;
  return {
    port,
    mails,
    logins,
    sockets,
    mail: async (n = 0) => {
      while (mails.length <= n) await new Promise((r) => setTimeout(r, 5));
      return mails[n]!;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

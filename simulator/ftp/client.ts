// The module's FTP(S) client (manual chapter 15; RFC 959, RFC 4217 for FTPS): one session with
// one server over the module's data connections (simulator/internet/), so the bearer gate,
// routes and counters apply, and TLS through the SSL contexts of AT+CSSLCFG
// (simulator/ssl/open-tls.ts).
//
// Why not basic-ftp (a dependency of the project): its FTPContext connects its own net.Socket
// (or tls.connect) for the control connection and for every passive data connection, so none of
// them would ride the module's bearer, follow its routes or use the SSL context's policy; the
// client is small enough to write over the internet layer.
//
// Login (AT+CFTPSLOGIN <server_type>):
//   0  FTP: TCP; 220 greeting; USER (331) PASS (230); TYPE
//   1  explicit FTPS "with AUTH SSL": TCP; 220; AUTH SSL (234, or 334 as some servers answer it);
//      the control connection becomes TLS with the control SSL context; USER/PASS; PBSZ 0, PROT P;
//      TYPE
//   2  explicit FTPS with AUTH TLS: as 1 with AUTH TLS
//   3  implicit FTPS: TLS from the first byte (control SSL context); 220; USER/PASS; PBSZ 0,
//      PROT P; TYPE
// Data connections are passive (PASV, 227): to the address of the reply, or with
// AT+CFTPSSINGLEIP=1 to the control connection's server; protected (TLS with the data SSL
// context of AT+CFTPSSLCFG, checked against the control connection's server name) whenever the
// login was FTPS. Transfers: LIST, RETR (after REST <n> for a resumed one), STOR (after REST).
//
// Failures are FtpFailure with the manual's <errcode> (errors.ts), or InternetError for a
// connection that could not be made (errcodeOf maps both).

import type { ModemServices } from '../core/handler.js';
import type { Bearer } from '../internet/bearer.js';
import { internetOf, type CloseCause, type TcpConnection } from '../internet/internet.js';
import { openTlsWithContext, upgradeTlsWithContext } from '../ssl/open-tls.js';
import { FtpControl } from './control.js';
import { ERRCODE, errcodeOfReply, FtpFailure } from './errors.js';
import { isCompletion, isPreliminary, replyText, type FtpReply } from './replies.js';

type Services = Parameters<typeof openTlsWithContext>[0] & Pick<ModemServices, 'instance' | 'profile' | 'clock' | 'setTimer' | 'clearTimer' | 'log'>;

/** The module's times (our figures: the manual gives 5 s as the commands' response time only). */
export interface FtpTimeouts {
  /** A control or data connection must be up (TCP, and TLS's own <negotiatetime> after it). */
  connectMs: number;
  /** A reply to a command; data on a transfer that has gone quiet. */
  replyMs: number;
}

export const FTP_TIMEOUTS: FtpTimeouts = { connectMs: 30_000, replyMs: 30_000 };

export type TransferType = 'A' | 'I';

export interface FtpLogin {
  host: string;
  port: number;
  user: string;
  password: string;
  /** 0 FTP, 1 explicit FTPS (AUTH SSL), 2 explicit FTPS (AUTH TLS), 3 implicit FTPS. */
  serverType: number;
}

export interface FtpClientOptions {
  services: Services;
  bearer: Bearer;
  /** SSL contexts of AT+CFTPSSLCFG for the control and the data connections: read when each connection is made. */
  sslContexts: { readonly control: number; readonly data: number };
  /** AT+CFTPSSINGLEIP=1: data connections go to the control connection's server. */
  singleIp: boolean;
  type: TransferType;
  timeouts?: FtpTimeouts;
}

/** An upload whose STOR the server accepted: the data, then the end of the transfer. */
export interface Upload {
  /** Sends `data`, ends the data connection, and waits for the server's final reply. */
  finish(data: Buffer): Promise<void>;
  /** Drops the transfer (the data connection is reset); resolves once the server answered it (or not). */
  abort(): Promise<void>;
}

function rejection(reply: FtpReply, what: string, duringTransfer = false): FtpFailure {
  return new FtpFailure(errcodeOfReply(reply.code, duringTransfer), `${what}: ${reply.code} ${replyText(reply)}`);
}

/** The address and port of a 227 reply: "227 Entering Passive Mode (h1,h2,h3,h4,p1,p2)". */
export function parsePasv(reply: FtpReply): { address: string; port: number } | undefined {
  const m = /(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3})/.exec(reply.lines.join(' '));
  if (!m) return undefined;
  const n = m.slice(1).map(Number);
  if (n.some((v) => v > 255)) return undefined;
  return { address: n.slice(0, 4).join('.'), port: n[4]! * 256 + n[5]! };
}

/** The path of a 257 reply as the server quotes it (RFC 959 Appendix II: quotes inside doubled). */
export function quotedPath(reply: FtpReply): string | undefined {
  return /"(?:[^"]|"")*"/.exec(reply.lines[0] ?? '')?.[0];
}

export class FtpClient {
  private readonly timeouts: FtpTimeouts;
  private quitting = false;

  private constructor(
    private readonly control: FtpControl,
    private readonly o: FtpClientOptions,
    readonly login: FtpLogin,
    /** Whether the session is FTPS (data connections protected). */
    readonly secure: boolean,
  ) {
    this.timeouts = o.timeouts ?? FTP_TIMEOUTS;
  }

  /** Connects and logs in (see the file comment); the client of the session, or a failure. */
  static async connect(login: FtpLogin, o: FtpClientOptions): Promise<FtpClient> {
    const { services, bearer } = o;
    const timeouts = o.timeouts ?? FTP_TIMEOUTS;
    const implicit = login.serverType === 3;
    const explicit = login.serverType === 1 || login.serverType === 2;
    const conn = implicit
      ? await openTlsWithContext(services, { context: o.sslContexts.control, bearer, host: login.host, port: login.port, timeoutMs: timeouts.connectMs })
      : await internetOf(services).openTcp({ bearer, host: login.host, port: login.port, timeoutMs: timeouts.connectMs, services });
    const control = new FtpControl(conn, services, timeouts.replyMs, `${login.host}:${login.port}`);
    try {
      const greeting = await control.reply();
      if (greeting.code !== 220) throw rejection(greeting, 'greeting');
      if (explicit) {
        const auth = await control.command(login.serverType === 1 ? 'AUTH SSL' : 'AUTH TLS');
        if (auth.code !== 234 && auth.code !== 334) throw rejection(auth, 'AUTH');
        await control.upgrade((plain) => upgradeTlsWithContext(services, plain, { context: o.sslContexts.control, host: login.host }));
      }
      let r = await control.command(`USER ${login.user}`);
      if (r.code === 331 || r.code === 332) r = await control.command(`PASS ${login.password}`);
      if (!isCompletion(r.code)) throw rejection(r, 'login');
      const secure = implicit || explicit;
      if (secure) {
        for (const line of ['PBSZ 0', 'PROT P']) {
          const p = await control.command(line);
          if (!isCompletion(p.code)) throw rejection(p, line);
        }
      }
      const t = await control.command(`TYPE ${o.type}`);
      if (!isCompletion(t.code)) throw rejection(t, 'TYPE');
      return new FtpClient(control, o, login, secure);
    } catch (e) {
      control.abort();
      throw e;
    }
  }

  /** Whether the control connection is up. */
  get connected(): boolean {
    return this.control.open;
  }

  /** The control connection (for status). */
  get connection(): TcpConnection {
    return this.control.connection;
  }

  /**
   * Called when the server (or the network) ends the control connection on its own — not after
   * QUIT, not when the owner closes it. `bearer` and `power-off` are passed on too.
   */
  onLost(fn: (cause: CloseCause) => void): void {
    this.control.onClose((cause) => {
      if (!this.quitting) fn(cause);
    });
  }

  /** QUIT, then the connection closes (RFC 959: the server closes after 221). */
  async quit(): Promise<void> {
    this.quitting = true;
    try {
      const r = await this.control.command('QUIT');
      if (!isCompletion(r.code)) throw rejection(r, 'QUIT');
    } finally {
      await this.control.close().catch(() => undefined);
    }
  }

  /** Drops the session at once (no QUIT): the module releases it. */
  release(): void {
    this.quitting = true;
    this.control.abort();
  }

  /** The network loses the control connection (control action "ftp drop"). */
  lose(): void {
    this.control.lose('remote');
  }

  /** A command whose reply must be a positive completion (CWD, MKD, RMD, DELE, TYPE). */
  async simple(line: string): Promise<FtpReply> {
    const r = await this.control.command(line);
    if (!isCompletion(r.code)) throw rejection(r, line.split(' ')[0]!);
    return r;
  }

  /** PWD: the current directory as the server quotes it (257 "<path>"). */
  async pwd(): Promise<string> {
    const r = await this.simple('PWD');
    const path = quotedPath(r);
    if (!path) throw new FtpFailure(ERRCODE.UNKNOWN, `PWD: no path in ${r.lines[0]}`);
    return path;
  }

  /** SIZE (RFC 3659 §4): the file's size in bytes. */
  async size(path: string): Promise<number> {
    const r = await this.simple(`SIZE ${path}`);
    const m = /^213 (\d+)/.exec(r.lines[0] ?? '');
    if (!m) throw new FtpFailure(ERRCODE.UNKNOWN, `SIZE: no size in ${r.lines[0]}`);
    return Number(m[1]);
  }

  /** TYPE A / TYPE I. */
  async setType(type: TransferType): Promise<void> {
    await this.simple(`TYPE ${type}`);
  }

  /** LIST <dir>: the listing's bytes to `onData` as they arrive. */
  list(dir: string, onData: (bytes: Buffer) => void): Promise<void> {
    return this.download(`LIST ${dir}`, undefined, onData);
  }

  /** RETR <path> (after REST <rest> when rest > 0): the file's bytes to `onData` as they arrive. */
  retrieve(path: string, rest: number | undefined, onData: (bytes: Buffer) => void): Promise<void> {
    return this.download(`RETR ${path}`, rest, onData);
  }

  /** STOR <path> (after REST <rest> when rest > 0), up to the server's go-ahead (1yz). */
  async store(path: string, rest: number | undefined): Promise<Upload> {
    const data = await this.dataConnection();
    try {
      if (rest) await this.restart(rest);
      const first = await this.control.command(`STOR ${path}`);
      if (!isPreliminary(first.code)) throw rejection(first, 'STOR');
    } catch (e) {
      data.abort('local');
      throw e;
    }
    const control = this.control;
    return {
      finish: async (bytes) => {
        try {
          if (bytes.length > 0) await data.send(bytes);
          await data.close();
        } catch {
          throw new FtpFailure(ERRCODE.TRANSFER_ERROR, 'the data connection failed');
        }
        const final = await control.reply();
        if (!isCompletion(final.code)) throw rejection(final, 'STOR', true);
      },
      abort: async () => {
        data.abort('local');
        await control.reply().catch(() => undefined);
      },
    };
  }

  private async restart(offset: number): Promise<void> {
    const r = await this.control.command(`REST ${offset}`);
    if (r.code !== 350) throw rejection(r, 'REST');
  }

  /** A transfer from the server: data connection, [REST], the command, data to its end, the final reply. */
  private async download(line: string, rest: number | undefined, onData: (bytes: Buffer) => void): Promise<void> {
    const data = await this.dataConnection();
    const ended = this.endOf(data, onData);
    try {
      if (rest) await this.restart(rest);
      const first = await this.control.command(line);
      if (isPreliminary(first.code)) {
        const cause = await ended;
        if (cause !== 'remote') throw new FtpFailure(cause === 'idle' ? ERRCODE.TIMEOUT : ERRCODE.TRANSFER_ERROR, `${line.split(' ')[0]}: the data connection ended (${cause})`);
        const final = await this.control.reply();
        if (!isCompletion(final.code)) throw rejection(final, line.split(' ')[0]!, true);
      } else if (isCompletion(first.code)) {
        // Done without a preliminary reply (an empty listing, some servers): the data still ends.
        await ended;
      } else {
        throw rejection(first, line.split(' ')[0]!);
      }
    } finally {
      if (data.open) data.abort('local');
    }
  }

  /**
   * Resolves with how the data connection ended: `remote` (the server closed it: the end of the
   * data), `idle` (no data for `replyMs`), or another close cause. Data goes to `onData` until then.
   */
  private endOf(data: TcpConnection, onData: (bytes: Buffer) => void): Promise<CloseCause | 'idle'> {
    const { services } = this.o;
    const ms = this.timeouts.replyMs;
    const ended = new Promise<CloseCause | 'idle'>((resolve) => {
      let timer = services.setTimer(ms, () => resolve('idle'));
      data.onData((bytes) => {
        services.clearTimer(timer);
        timer = services.setTimer(ms, () => resolve('idle'));
        onData(bytes);
      });
      data.onClose((cause) => {
        services.clearTimer(timer);
        resolve(cause);
      });
    });
    return services.clock.outside(ended);
  }

  /** PASV, then a connection to the address it names (or the control server's, AT+CFTPSSINGLEIP=1). */
  private async dataConnection(): Promise<TcpConnection> {
    const r = await this.control.command('PASV');
    if (r.code !== 227) throw rejection(r, 'PASV');
    const pasv = parsePasv(r);
    if (!pasv) throw new FtpFailure(ERRCODE.UNKNOWN, `PASV: no address in ${r.lines[0]}`);
    const host = this.o.singleIp ? this.control.remote.address : pasv.address;
    const { services, bearer } = this.o;
    const timeoutMs = this.timeouts.connectMs;
    if (this.secure) {
      return openTlsWithContext(services, { context: this.o.sslContexts.data, bearer, host, port: pasv.port, timeoutMs, serverName: this.login.host });
    }
    return internetOf(services).openTcp({ bearer, host, port: pasv.port, timeoutMs, services });
  }
}

// The FTP control connection (RFC 959 §4-5): command lines out (<CRLF>-terminated, bytes as the
// DTE typed them), replies in (replies.ts), one exchange at a time. It rides a connection of the
// module's internet layer, which an explicit FTPS login turns into TLS after AUTH (upgrade()).
//
// Contract:
// - reply() resolves with the next reply: one the server sent unasked first (queued), else the
//   next to arrive; it fails with FtpFailure TIMEOUT (5) when none arrives within `replyTimeoutMs`
//   of the module's clock, and CLOSED_BY_SERVER (4) when the connection closes first (or is
//   closed already).
// - Waiting for a reply is real I/O (clock.outside): virtual time does not run past a server on
//   loopback.
// - onClose listeners hear every close the owner did not ask for (`remote`, `error`, `bearer`,
//   `power-off`); close() and abort() are the owner's and tell nobody.

import type { ModemServices } from '../core/handler.js';
import type { CloseCause, TcpConnection } from '../internet/internet.js';
import { ERRCODE, FtpFailure } from './errors.js';
import { ReplyParser, type FtpReply } from './replies.js';

type Services = Pick<ModemServices, 'clock' | 'setTimer' | 'clearTimer' | 'log'>;

interface Waiter {
  resolve: (r: FtpReply) => void;
  reject: (e: Error) => void;
}

export class FtpControl {
  private conn: TcpConnection;
  private readonly parser = new ReplyParser();
  private readonly queued: FtpReply[] = [];
  private waiter: Waiter | undefined;
  private closedBy: CloseCause | undefined;
  private readonly closeListeners: Array<(cause: CloseCause) => void> = [];
  private handedOver: TcpConnection | undefined;

  constructor(
    conn: TcpConnection,
    private readonly services: Services,
    private readonly replyTimeoutMs: number,
    private readonly label: string,
  ) {
    this.conn = conn;
    this.attach(conn);
  }

  /** The server as the module sees it (the address it connected to). */
  get remote(): TcpConnection['remote'] {
    return this.conn.remote;
  }

  get open(): boolean {
    return this.closedBy === undefined;
  }

  private attach(conn: TcpConnection): void {
    conn.onData((bytes) => {
      if (conn !== this.conn) return;
      for (const reply of this.parser.feed(bytes)) {
        this.services.log(`ftp ${this.label} < ${reply.lines.join(' | ')}`);
        const w = this.waiter;
        if (w) {
          this.waiter = undefined;
          w.resolve(reply);
        } else this.queued.push(reply);
      }
    });
    conn.onClose((cause) => {
      if (conn !== this.conn || conn === this.handedOver) return;
      if (this.end(cause) && cause !== 'local') for (const fn of this.closeListeners) fn(cause);
    });
  }

  /** Marks the connection closed and fails a reply awaited; false if it was closed already. */
  private end(cause: CloseCause): boolean {
    if (this.closedBy !== undefined) return false;
    this.closedBy = cause;
    const w = this.waiter;
    this.waiter = undefined;
    w?.reject(new FtpFailure(ERRCODE.CLOSED_BY_SERVER, `the control connection closed (${cause})`));
    return true;
  }

  /** Called once when the connection closes without the owner asking (see the file comment). */
  onClose(fn: (cause: CloseCause) => void): void {
    this.closeListeners.push(fn);
  }

  /** The next reply (see the file comment). */
  reply(): Promise<FtpReply> {
    const queued = this.queued.shift();
    if (queued) return Promise.resolve(queued);
    if (this.closedBy !== undefined) return Promise.reject(new FtpFailure(ERRCODE.CLOSED_BY_SERVER, 'the control connection is closed'));
    if (this.waiter) return Promise.reject(new FtpFailure(ERRCODE.BUSY, 'a reply is awaited already'));
    const { services } = this;
    const waiting = new Promise<FtpReply>((resolve, reject) => {
      const timer = services.setTimer(this.replyTimeoutMs, () => {
        if (this.waiter !== waiter) return;
        this.waiter = undefined;
        reject(new FtpFailure(ERRCODE.TIMEOUT, `no reply from the server in ${this.replyTimeoutMs} ms`));
      });
      const waiter: Waiter = {
        resolve: (r) => {
          services.clearTimer(timer);
          resolve(r);
        },
        reject: (e) => {
          services.clearTimer(timer);
          reject(e);
        },
      };
      this.waiter = waiter;
    });
    return services.clock.outside(waiting);
  }

  /**
   * Sends one command line (`line` without <CRLF>). A line with a CR or LF of its own (a name
   * typed with one) would be two commands: it is refused (INVALID_PARAMETER, 8), nothing sent.
   */
  async send(line: string): Promise<void> {
    if (/[\r\n]/.test(line)) throw new FtpFailure(ERRCODE.INVALID_PARAMETER, 'a command line cannot hold CR or LF');
    if (this.closedBy !== undefined) throw new FtpFailure(ERRCODE.CLOSED_BY_SERVER, 'the control connection is closed');
    this.services.log(`ftp ${this.label} > ${line.startsWith('PASS ') ? 'PASS ****' : line}`);
    try {
      await this.conn.send(Buffer.from(line + '\r\n', 'latin1'));
    } catch {
      throw new FtpFailure(ERRCODE.CLOSED_BY_SERVER, 'the control connection is closed');
    }
  }

  /**
   * Sends a command and resolves with its reply. Replies that came unasked before it (the final
   * reply of a transfer that failed on our side) are stale: dropped, so they are not taken for
   * this command's.
   */
  async command(line: string): Promise<FtpReply> {
    for (const stale of this.queued.splice(0)) this.services.log(`ftp ${this.label}: dropped a stale reply: ${stale.lines.join(' | ')}`);
    await this.send(line);
    return this.reply();
  }

  /**
   * Carries on over the connection `secure` makes of the current one (TLS after AUTH). Replies
   * the server sent before are kept; a failure closes the control connection.
   */
  async upgrade(secure: (conn: TcpConnection) => Promise<TcpConnection>): Promise<void> {
    const old = this.conn;
    // The plain connection closes (`local`) when TLS takes its socket over: not the session's end.
    this.handedOver = old;
    try {
      const next = await secure(old);
      this.conn = next;
      this.attach(next);
      if (!next.open) throw new FtpFailure(ERRCODE.CLOSED_BY_SERVER, 'the control connection closed during the TLS handshake');
    } catch (e) {
      this.end('error');
      throw e;
    }
  }

  /** Closes the connection (FIN); nobody is told. */
  async close(): Promise<void> {
    this.end('local');
    await this.conn.close();
  }

  /** Drops the connection at once (a reset); nobody is told (a reply awaited fails). */
  abort(): void {
    this.end('local');
    this.conn.abort('local');
  }

  /** The connection is lost from outside (control action "ftp drop"): listeners hear `cause`. */
  lose(cause: Exclude<CloseCause, 'local'>): void {
    this.conn.abort(cause);
  }

  /** The connection as the layer has it (for status). */
  get connection(): TcpConnection {
    return this.conn;
  }
}

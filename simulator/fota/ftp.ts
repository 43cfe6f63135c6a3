// A minimal FTP client (RFC 959) for AT+CFOTA's FTP way: log in, binary type, the file's size,
// passive mode, RETR. It speaks over the module's data connections (the internet layer: bearer
// gate, routes, counters) — the FTP libraries at hand (basic-ftp) open their data connections
// with sockets of their own, which would go round the module's bearer.
//
// Sequence: 220 greeting; USER → 331 (PASS → 230) or 230; TYPE I → 200; SIZE → 213 <n> (a
// server without SIZE: the total is unknown); PASV → 227 (h1,h2,h3,h4,p1,p2); data connection;
// RETR → 125/150; data until the server closes it; 226 on the control connection; QUIT.
// Any other reply fails with an FtpError naming it.

import type { TcpConnection } from '../internet/internet.js';

export class FtpError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FtpError';
  }
}

export interface FtpReply {
  code: number;
  text: string;
}

/** Reads replies from a control connection: "ddd text" or a multi-line "ddd-" ... "ddd text". */
export class ReplyReader {
  private buffer = '';
  private readonly waiting: Array<{ resolve: (r: FtpReply) => void; reject: (e: Error) => void }> = [];
  private readonly ready: FtpReply[] = [];
  private closed = false;

  constructor(conn: TcpConnection) {
    conn.onData((d) => {
      this.buffer += d.toString('latin1');
      this.parse();
    });
    conn.onClose(() => {
      this.closed = true;
      for (const w of this.waiting.splice(0)) w.reject(new FtpError('the control connection closed'));
    });
  }

  private parse(): void {
    for (;;) {
      const m = /^(\d{3}) ([^\r\n]*)\r?\n/m.exec(this.buffer);
      if (!m) return;
      // A multi-line reply ends with the line "ddd text" of its own code; earlier lines are skipped.
      const first = /^(\d{3})-/.exec(this.buffer);
      if (first && first[1] !== m[1]) return;
      this.buffer = this.buffer.slice(m.index + m[0].length);
      const reply = { code: Number(m[1]), text: m[2]! };
      const w = this.waiting.shift();
      if (w) w.resolve(reply);
      else this.ready.push(reply);
    }
  }

  next(): Promise<FtpReply> {
    const r = this.ready.shift();
    if (r) return Promise.resolve(r);
    if (this.closed) return Promise.reject(new FtpError('the control connection closed'));
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }
}

export interface FtpSession {
  /** Sends a command and reads its reply. */
  command(line: string): Promise<FtpReply>;
  /** The reply after a data transfer (226). */
  reply(): Promise<FtpReply>;
}

export function ftpSession(control: TcpConnection): FtpSession & { greeting(): Promise<FtpReply> } {
  const replies = new ReplyReader(control);
  return {
    greeting: () => replies.next(),
    command: async (line) => {
      await control.send(Buffer.from(`${line}\r\n`, 'latin1'));
      return replies.next();
    },
    reply: () => replies.next(),
  };
}

export function expectCode(reply: FtpReply, codes: readonly number[], what: string): void {
  if (!codes.includes(reply.code)) throw new FtpError(`${what}: ${reply.code} ${reply.text}`);
}

/** The address and port of a 227 reply: "Entering Passive Mode (h1,h2,h3,h4,p1,p2)". */
export function passiveEndpoint(reply: FtpReply): { host: string; port: number } {
  const m = /(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3})/.exec(reply.text);
  if (!m) throw new FtpError(`PASV: no address in "${reply.text}"`);
  const n = m.slice(1).map(Number);
  if (n.some((x) => x > 255)) throw new FtpError(`PASV: bad address in "${reply.text}"`);
  return { host: n.slice(0, 4).join('.'), port: n[4]! * 256 + n[5]! };
}

// FTP replies as the control connection carries them (RFC 959 §4.2): a three-digit code, then
// either a space and the text (one line), or a hyphen and the first line of text, further lines,
// and a last line that starts with the same code and a space (a code alone is taken as a
// one-line reply without text). Lines end with <CRLF> (a bare <LF>
// is accepted too). The parser takes bytes as they arrive, split anywhere, and gives whole
// replies. Text is kept as bytes (one character per byte), so a path with non-ASCII names goes
// back to the DTE exactly as the server sent it.

export interface FtpReply {
  code: number;
  /** The lines of the reply as sent, code included. */
  lines: string[];
}

/** The text of a reply: every line without its code prefix, joined by "\n". */
export function replyText(r: FtpReply): string {
  return r.lines.map((l, i) => (i === 0 || i === r.lines.length - 1 ? l.slice(4) : l)).join('\n');
}

/** 1yz: positive preliminary (the command goes on: a transfer starts). */
export const isPreliminary = (code: number): boolean => code >= 100 && code < 200;
/** 2yz: positive completion. */
export const isCompletion = (code: number): boolean => code >= 200 && code < 300;
/** 3yz: positive intermediate (the server waits for the next command: PASS, a REST'd transfer). */
export const isIntermediate = (code: number): boolean => code >= 300 && code < 400;

const START = /^(\d{3})([ -]|$)/;

/** A line longer than this without its end is not a reply line: dropped (a server gone wrong must not fill the module's memory). */
export const MAX_LINE = 8192;

export class ReplyParser {
  private partial = '';
  private open: { code: string; lines: string[] } | undefined;

  /** Bytes from the server; returns the replies they complete, in order. */
  feed(bytes: Buffer): FtpReply[] {
    this.partial += bytes.toString('latin1');
    const out: FtpReply[] = [];
    for (;;) {
      const end = this.partial.indexOf('\n');
      if (end < 0) {
        if (this.partial.length > MAX_LINE) this.partial = '';
        break;
      }
      const line = this.partial.slice(0, end).replace(/\r$/, '');
      this.partial = this.partial.slice(end + 1);
      const reply = this.line(line);
      if (reply) out.push(reply);
    }
    return out;
  }

  private line(line: string): FtpReply | undefined {
    if (this.open) {
      this.open.lines.push(line);
      if (line === this.open.code || line.startsWith(this.open.code + ' ')) {
        const done = { code: Number(this.open.code), lines: this.open.lines };
        this.open = undefined;
        return done;
      }
      return undefined;
    }
    const m = START.exec(line);
    // A line outside a reply that does not start one: noise, ignored.
    if (!m) return undefined;
    if (m[2] === '-') {
      this.open = { code: m[1]!, lines: [line] };
      return undefined;
    }
    return { code: Number(m[1]), lines: [line] };
  }
}

// An HTTP/1.1 response as it arrives on the module's connection (RFC 9112), parsed incrementally:
// bytes in any pieces, the same result. It keeps what the module needs and node:http does not
// expose: the header block exactly as received (AT+HTTPHEAD prints it), the status code, and the
// content with any chunked framing taken off (what AT+HTTPREAD reads and <datalen> counts).
//
// The length of the content (RFC 9112 §6.3), in order:
//   1. a response to HEAD, and any 1xx, 204 or 304 response, has none;
//   2. Transfer-Encoding whose last coding is "chunked": chunks up to the last-chunk, then
//      trailer fields (dropped);
//   3. any other Transfer-Encoding: everything until the server closes the connection;
//   4. a valid Content-Length: that many bytes (differing values, or one that is not a number,
//      make the response invalid);
//   5. otherwise: everything until the server closes.
// An interim 1xx response (100 Continue, 103 Early Hints) is skipped: the final response follows
// on the same connection (RFC 9110 §15.2). 101 Switching Protocols is final (the module speaks no
// other protocol; nothing of the upgraded connection is read).
//
// Contract: push() takes the next bytes, end() says the connection closed; either may complete
// the response (`done`) or make it invalid (`error`, with why). Bytes after a complete response
// are kept in `rest` (the connection is then unusable for another request). Nothing throws.

export interface ResponseHead {
  /** "HTTP/1.1". */
  version: string;
  status: number;
  reason: string;
  /** The status line and header fields as received, through the empty line that ends them. */
  raw: Buffer;
  /** The header fields, names as received, in order. */
  fields: Array<[string, string]>;
}

export type ParserState = 'head' | 'body' | 'done' | 'error';

/** The most header bytes the module takes before it gives up on a response. */
export const MAX_HEAD_BYTES = 64 * 1024;

type BodyMode = { kind: 'none' } | { kind: 'length'; left: number } | { kind: 'chunked' } | { kind: 'close' };

type ChunkStep = { at: 'size' } | { at: 'data'; left: number } | { at: 'data-end' } | { at: 'trailer' };

const CRLFCRLF = Buffer.from('\r\n\r\n');

export class ResponseParser {
  state: ParserState = 'head';
  head: ResponseHead | undefined;
  /** Why the response is invalid (state 'error'). */
  error: string | undefined;
  /** Bytes after the end of the response. */
  rest: Buffer = Buffer.alloc(0);
  private pending: Buffer = Buffer.alloc(0);
  private readonly body: Buffer[] = [];
  private bodyLength = 0;
  private mode: BodyMode = { kind: 'none' };
  private chunk: ChunkStep = { at: 'size' };

  /** `requestMethod`: the method of the request this answers (HEAD responses have no content). */
  constructor(private readonly requestMethod: string) {}

  /** The content received so far (the whole of it once `done`). */
  get content(): Buffer {
    return this.body.length === 1 ? this.body[0]! : Buffer.concat(this.body, this.bodyLength);
  }

  get contentLength(): number {
    return this.bodyLength;
  }

  /** Whether the connection may carry another request after this response (RFC 9112 §9.3). */
  get reusable(): boolean {
    if (this.state !== 'done' || !this.head || this.rest.length > 0 || this.mode.kind === 'close') return false;
    const connection = this.field('connection')?.toLowerCase() ?? '';
    if (/\bclose\b/.test(connection)) return false;
    return this.head.version === 'HTTP/1.1' || /\bkeep-alive\b/.test(connection);
  }

  /** The value of a header field (the first of that name), or undefined. */
  field(name: string): string | undefined {
    const lower = name.toLowerCase();
    return this.head?.fields.find(([n]) => n.toLowerCase() === lower)?.[1];
  }

  push(data: Buffer): void {
    if (data.length === 0 || this.state === 'done' || this.state === 'error') {
      if (this.state === 'done') this.rest = Buffer.concat([this.rest, data]);
      return;
    }
    this.pending = this.pending.length === 0 ? data : Buffer.concat([this.pending, data]);
    this.run();
  }

  /** The connection closed: completes a response read until close; anything else unfinished is invalid. */
  end(): void {
    if (this.state === 'done' || this.state === 'error') return;
    if (this.state === 'body' && this.mode.kind === 'close') {
      this.state = 'done';
      return;
    }
    this.fail(this.state === 'head' ? 'the connection closed before a complete response header' : 'the connection closed before the end of the content');
  }

  private fail(why: string): void {
    this.state = 'error';
    this.error = why;
  }

  private run(): void {
    for (;;) {
      if (this.state === 'head') {
        if (!this.readHead()) return;
        continue;
      }
      if (this.state === 'body') {
        if (!this.readBody()) return;
        continue;
      }
      return;
    }
  }

  /** Takes a complete header block off `pending`; false when more bytes are needed (or it failed). */
  private readHead(): boolean {
    const end = this.pending.indexOf(CRLFCRLF);
    if (end < 0) {
      if (this.pending.length > MAX_HEAD_BYTES) this.fail(`no end of the response header within ${MAX_HEAD_BYTES} bytes`);
      return false;
    }
    const raw = Buffer.from(this.pending.subarray(0, end + 4));
    this.pending = this.pending.subarray(end + 4);
    const lines = raw.subarray(0, end).toString('latin1').split('\r\n');
    const status = /^(HTTP\/\d\.\d) (\d{3})(?: (.*))?$/.exec(lines[0]!);
    if (!status) {
      this.fail(`not an HTTP status line: ${JSON.stringify(lines[0]!.slice(0, 60))}`);
      return false;
    }
    const fields: Array<[string, string]> = [];
    for (const line of lines.slice(1)) {
      if (/^[ \t]/.test(line) && fields.length > 0) {
        // obs-fold (RFC 9112 §5.2): a continuation of the previous field's value.
        const last = fields[fields.length - 1]!;
        last[1] = `${last[1]} ${line.trim()}`;
        continue;
      }
      const colon = line.indexOf(':');
      if (colon <= 0 || /\s/.test(line.slice(0, colon))) {
        this.fail(`not a header field: ${JSON.stringify(line.slice(0, 60))}`);
        return false;
      }
      fields.push([line.slice(0, colon), line.slice(colon + 1).trim()]);
    }
    const code = Number(status[2]);
    if (code >= 100 && code < 200 && code !== 101) return true; // interim: the final response follows
    this.head = { version: status[1]!, status: code, reason: status[3] ?? '', raw, fields };
    const mode = this.bodyMode(code);
    if (typeof mode === 'string') {
      this.fail(mode);
      return false;
    }
    this.mode = mode;
    if (mode.kind === 'none' || (mode.kind === 'length' && mode.left === 0)) {
      this.finish();
      return false;
    }
    this.state = 'body';
    return true;
  }

  private bodyMode(code: number): BodyMode | string {
    if (this.requestMethod.toUpperCase() === 'HEAD' || code < 200 || code === 204 || code === 304) return { kind: 'none' };
    const te = this.head!.fields.filter(([n]) => n.toLowerCase() === 'transfer-encoding').map(([, v]) => v);
    if (te.length > 0) {
      const codings = te.join(',').split(',').map((c) => c.trim().toLowerCase()).filter((c) => c !== '');
      return codings[codings.length - 1] === 'chunked' ? { kind: 'chunked' } : { kind: 'close' };
    }
    const lengths = this.head!.fields.filter(([n]) => n.toLowerCase() === 'content-length').flatMap(([, v]) => v.split(',').map((x) => x.trim()));
    if (lengths.length > 0) {
      if (!lengths.every((l) => /^\d+$/.test(l)) || new Set(lengths).size > 1) return `invalid Content-Length: ${lengths.join(', ')}`;
      const n = Number(lengths[0]);
      if (!Number.isSafeInteger(n)) return `Content-Length ${lengths[0]} is too large`;
      return { kind: 'length', left: n };
    }
    return { kind: 'close' };
  }

  private addContent(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.body.push(Buffer.from(bytes));
    this.bodyLength += bytes.length;
  }

  private finish(): void {
    this.state = 'done';
    this.rest = Buffer.from(this.pending);
    this.pending = Buffer.alloc(0);
  }

  /** Takes content off `pending`; false when more bytes are needed (or it is done or failed). */
  private readBody(): boolean {
    const mode = this.mode;
    if (mode.kind === 'close') {
      this.addContent(this.pending);
      this.pending = Buffer.alloc(0);
      return false;
    }
    if (mode.kind === 'length') {
      const take = Math.min(mode.left, this.pending.length);
      this.addContent(this.pending.subarray(0, take));
      this.pending = this.pending.subarray(take);
      mode.left -= take;
      if (mode.left === 0) this.finish();
      return false;
    }
    return this.readChunks();
  }

  /** Chunked transfer coding (RFC 9112 §7.1). */
  private readChunks(): boolean {
    for (;;) {
      const step = this.chunk;
      if (step.at === 'data') {
        if (this.pending.length === 0) return false;
        const take = Math.min(step.left, this.pending.length);
        this.addContent(this.pending.subarray(0, take));
        this.pending = this.pending.subarray(take);
        step.left -= take;
        if (step.left > 0) return false;
        this.chunk = { at: 'data-end' };
        continue;
      }
      const eol = this.pending.indexOf('\r\n');
      if (eol < 0) {
        if (this.pending.length > MAX_HEAD_BYTES) this.fail('a chunk line without an end');
        return false;
      }
      const line = this.pending.subarray(0, eol).toString('latin1');
      this.pending = this.pending.subarray(eol + 2);
      if (step.at === 'data-end') {
        if (line !== '') {
          this.fail('no CRLF after chunk data');
          return false;
        }
        this.chunk = { at: 'size' };
        continue;
      }
      if (step.at === 'trailer') {
        if (line === '') {
          this.finish();
          return false;
        }
        continue; // trailer fields are not kept
      }
      const size = /^([0-9a-fA-F]+)[ \t]*(?:;.*)?$/.exec(line);
      if (!size || size[1]!.length > 12) {
        this.fail(`not a chunk size: ${JSON.stringify(line.slice(0, 40))}`);
        return false;
      }
      const n = parseInt(size[1]!, 16);
      this.chunk = n === 0 ? { at: 'trailer' } : { at: 'data', left: n };
    }
  }
}

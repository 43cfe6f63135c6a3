// A small MIME reader for tests: what a real SMTP server received, taken apart independently of
// the composer (simulator/smtp/compose.ts) so a test checks the message, not the code that made
// it. RFC 5322 headers (unfolded), RFC 2047 encoded-words (B and Q), RFC 2045 Content-Type and
// Content-Transfer-Encoding (base64, quoted-printable, 7bit/8bit), RFC 2046 multipart, RFC 2231
// parameter values (filename*0*=utf-8''...).

export interface MailPart {
  headers: Map<string, string[]>;
  contentType: string;
  params: Record<string, string>;
  /** The decoded content. */
  data: Buffer;
  /** The attachment's name (Content-Disposition filename, else Content-Type name), decoded. */
  filename?: string;
}

export interface ParsedMail {
  headers: Map<string, string[]>;
  /** A header's value with encoded-words decoded (as bytes, with the charset they named). */
  header(name: string): { bytes: Buffer; charsets: string[] } | undefined;
  /** The parts in order (the message itself when it is not multipart). */
  parts: MailPart[];
}

function splitHead(raw: Buffer): { head: string; body: Buffer } {
  const text = raw.toString('latin1');
  const at = text.indexOf('\r\n\r\n');
  if (at < 0) return { head: text, body: Buffer.alloc(0) };
  return { head: text.slice(0, at), body: Buffer.from(text.slice(at + 4), 'latin1') };
}

function parseHeaders(head: string): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  const unfolded = head.replace(/\r\n(?=[ \t])/g, '');
  for (const line of unfolded.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    headers.set(key, [...(headers.get(key) ?? []), line.slice(colon + 1).trim()]);
  }
  return headers;
}

/** RFC 2047: the bytes a header value stands for, whitespace between encoded-words dropped. */
export function decodeWords(value: string): { bytes: Buffer; charsets: string[] } {
  const charsets: string[] = [];
  const out: Buffer[] = [];
  const re = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g;
  let last = 0;
  let previousWasWord = false;
  for (let m = re.exec(value); m; m = re.exec(value)) {
    const between = value.slice(last, m.index);
    if (!(previousWasWord && /^\s*$/.test(between))) out.push(Buffer.from(between, 'latin1'));
    charsets.push(m[1]!);
    if (m[2]!.toUpperCase() === 'B') out.push(Buffer.from(m[3]!, 'base64'));
    else out.push(Buffer.from(m[3]!.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_s, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1'));
    last = m.index + m[0].length;
    previousWasWord = true;
  }
  out.push(Buffer.from(value.slice(last), 'latin1'));
  return { bytes: Buffer.concat(out), charsets };
}

/** "text/plain; charset=utf-8; name*0*=utf-8''%E9..." → type and parameters (RFC 2045, 2231). */
export function parseStructured(value: string): { value: string; params: Record<string, string> } {
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (const c of value) {
    if (c === '"') quoted = !quoted;
    if (c === ';' && !quoted) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  const params: Record<string, string> = {};
  const continued: Record<string, Array<{ n: number; text: string; encoded: boolean }>> = {};
  for (const p of parts.slice(1)) {
    const eq = p.indexOf('=');
    if (eq < 0) continue;
    const key = p.slice(0, eq).trim().toLowerCase();
    let val = p.slice(eq + 1).trim();
    if (val.startsWith('"') && val.endsWith('"')) val = val.slice(1, -1).replace(/\\(.)/g, '$1');
    const m = /^([^*]+)(?:\*(\d+))?(\*)?$/.exec(key);
    if (!m || (m[2] === undefined && m[3] === undefined)) {
      params[key] = val;
      continue;
    }
    (continued[m[1]!] ??= []).push({ n: Number(m[2] ?? 0), text: val, encoded: m[3] !== undefined });
  }
  for (const [key, pieces] of Object.entries(continued)) {
    pieces.sort((a, b) => a.n - b.n);
    let charset = 'utf-8';
    const bytes: Buffer[] = [];
    pieces.forEach((piece, i) => {
      let text = piece.text;
      if (piece.encoded && i === 0) {
        const m = /^([^']*)'[^']*'(.*)$/.exec(text);
        if (m) {
          charset = m[1] || charset;
          text = m[2]!;
        }
      }
      bytes.push(piece.encoded ? Buffer.from(text.replace(/%([0-9A-Fa-f]{2})/g, (_s, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1') : Buffer.from(text, 'latin1'));
    });
    params[key] = new TextDecoder(charset).decode(Buffer.concat(bytes));
  }
  return { value: parts[0]!.trim().toLowerCase(), params };
}

function decodeBody(body: Buffer, encoding: string): Buffer {
  const e = encoding.toLowerCase();
  if (e === 'base64') return Buffer.from(body.toString('latin1').replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  if (e === 'quoted-printable') {
    const text = body.toString('latin1').replace(/=\r\n/g, '');
    return Buffer.from(text.replace(/=([0-9A-Fa-f]{2})/g, (_s, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
  }
  return body;
}

function headerText(headers: Map<string, string[]>, name: string): string | undefined {
  return headers.get(name.toLowerCase())?.[0];
}

function partOf(raw: Buffer): MailPart[] {
  const { head, body } = splitHead(raw);
  const headers = parseHeaders(head);
  const type = parseStructured(headerText(headers, 'content-type') ?? 'text/plain; charset=us-ascii');
  if (type.value.startsWith('multipart/') && type.params.boundary) {
    const text = body.toString('latin1');
    const delimiter = `--${type.params.boundary}`;
    const chunks = text.split(new RegExp(`(?:^|\\r\\n)${delimiter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:--)?[ \\t]*(?:\\r\\n|$)`));
    // chunks[0] is the preamble, the last one the epilogue.
    return chunks.slice(1, -1).flatMap((c) => partOf(Buffer.from(c, 'latin1')));
  }
  const disposition = parseStructured(headerText(headers, 'content-disposition') ?? '');
  const rawName = disposition.params.filename ?? type.params.name;
  const part: MailPart = { headers, contentType: type.value, params: type.params, data: decodeBody(body, headerText(headers, 'content-transfer-encoding') ?? '7bit') };
  if (rawName !== undefined) {
    const words = decodeWords(rawName);
    part.filename = words.charsets.length > 0 ? new TextDecoder(words.charsets[0]).decode(words.bytes) : rawName;
  }
  return [part];
}

/** Takes a message apart (see the file comment). */
export function parseMail(raw: Buffer): ParsedMail {
  const { head } = splitHead(raw);
  const headers = parseHeaders(head);
  return {
    headers,
    header: (name) => {
      const v = headerText(headers, name);
      return v === undefined ? undefined : decodeWords(v);
    },
    parts: partOf(raw),
  };
}

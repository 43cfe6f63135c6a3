// The tests' own reading of MMS PDUs: an M-Send.req decoder and an M-Send.conf encoder written from
// OMA-TS-MMS-ENC-V1_2 §6-7 and WAP-230-WSP §8.4-8.5 for the test MMSC, sharing no code with the
// simulator's encoder (simulator/mms/pdu/), so a test that decodes what the module sent checks
// the module against the specification, not against itself.

/** A decoded header field: its name and its value as the tests compare it. */
export interface DecodedRequest {
  messageType: number;
  transactionId: string;
  version: string;
  from: 'insert-address' | string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject?: string;
  messageClass?: string;
  priority?: string;
  expiry?: { relative: boolean; seconds: number };
  deliveryReport?: string;
  readReport?: string;
  senderVisibility?: string;
  contentType: DecodedContentType;
  parts: DecodedPart[];
  /** Header field codes in the order they came. */
  order: number[];
}

export interface DecodedContentType {
  type: string;
  params: Record<string, string | number>;
}

export interface DecodedPart {
  contentType: DecodedContentType;
  contentId?: string;
  contentLocation?: string;
  data: Buffer;
}

const TYPES: Record<number, string> = {
  0x03: 'text/plain',
  0x1d: 'image/gif',
  0x1e: 'image/jpeg',
  0x1f: 'image/tiff',
  0x20: 'image/png',
  0x23: 'application/vnd.wap.multipart.mixed',
  0x33: 'application/vnd.wap.multipart.related',
  0x3e: 'application/vnd.wap.mms-message',
};

const CLASSES: Record<number, string> = { 0x80: 'Personal', 0x81: 'Advertisement', 0x82: 'Informational', 0x83: 'Auto' };
const PRIORITIES: Record<number, string> = { 0x80: 'Low', 0x81: 'Normal', 0x82: 'High' };
const YESNO: Record<number, string> = { 0x80: 'Yes', 0x81: 'No' };
const VISIBILITY: Record<number, string> = { 0x80: 'Hide', 0x81: 'Show' };

class Cursor {
  i = 0;
  constructor(readonly b: Buffer) {}
  more(): boolean {
    return this.i < this.b.length;
  }
  byte(): number {
    if (this.i >= this.b.length) throw new Error(`PDU ends early at ${this.i}`);
    return this.b[this.i++]!;
  }
  uvar(): number {
    let v = 0;
    for (;;) {
      const x = this.byte();
      v = (v << 7) | (x & 0x7f);
      if (!(x & 0x80)) return v;
    }
  }
  len(): number {
    const x = this.byte();
    if (x < 31) return x;
    if (x === 31) return this.uvar();
    throw new Error(`expected a value length, got 0x${x.toString(16)}`);
  }
  str(): string {
    let start = this.i;
    if (this.b[start] === 0x7f) start = ++this.i;
    const end = this.b.indexOf(0, start);
    if (end < 0) throw new Error('string without its NUL');
    this.i = end + 1;
    return this.b.subarray(start, end).toString('utf8');
  }
  slice(n: number): Buffer {
    const s = this.b.subarray(this.i, this.i + n);
    if (s.length !== n) throw new Error('slice past the end');
    this.i += n;
    return s;
  }
  longInt(): number {
    const n = this.byte();
    if (n < 1 || n > 30) throw new Error(`bad long-integer length ${n}`);
    let v = 0;
    for (let k = 0; k < n; k++) v = v * 256 + this.byte();
    return v;
  }
  /** Integer-value. */
  int(): number {
    const x = this.b[this.i]!;
    if (x & 0x80) return this.byte() & 0x7f;
    return this.longInt();
  }
  /** Encoded-string-value. */
  encoded(): string {
    const x = this.b[this.i]!;
    if (x >= 32) return this.str();
    const n = this.len();
    const end = this.i + n;
    const charset = this.int();
    const text = this.str();
    if (this.i !== end) throw new Error('encoded string length mismatch');
    if (charset !== 106 && charset !== 3) throw new Error(`unexpected charset ${charset}`);
    return text;
  }
}

function contentType(c: Cursor): DecodedContentType {
  const first = c.b[c.i]!;
  if (first & 0x80) return { type: TYPES[c.byte() & 0x7f] ?? 'unknown', params: {} };
  if (first >= 32) return { type: c.str(), params: {} };
  const n = c.len();
  const end = c.i + n;
  const media = c.b[c.i]! & 0x80 ? TYPES[c.byte() & 0x7f] ?? 'unknown' : c.str();
  const params: Record<string, string | number> = {};
  while (c.i < end) {
    const code = c.byte();
    switch (code) {
      case 0x81:
        params.charset = c.int();
        break;
      case 0x85:
        params.name = c.str();
        break;
      case 0x89:
        params.type = c.b[c.i]! & 0x80 ? TYPES[c.byte() & 0x7f] ?? 'unknown' : c.str();
        break;
      case 0x8a:
        params.start = c.str();
        break;
      default:
        throw new Error(`unexpected content-type parameter 0x${code.toString(16)}`);
    }
  }
  if (c.i !== end) throw new Error('content-type length mismatch');
  return { type: media, params };
}

function parts(c: Cursor): DecodedPart[] {
  const count = c.uvar();
  const out: DecodedPart[] = [];
  for (let k = 0; k < count; k++) {
    const headersLen = c.uvar();
    const dataLen = c.uvar();
    const headersEnd = c.i + headersLen;
    const part: DecodedPart = { contentType: contentType(c), data: Buffer.alloc(0) };
    while (c.i < headersEnd) {
      const field = c.byte();
      if (field === 0xc0) {
        if (c.byte() !== 0x22) throw new Error('Content-ID is not a quoted string');
        part.contentId = c.str();
      } else if (field === 0x8e) part.contentLocation = c.str();
      else throw new Error(`unexpected part header 0x${field.toString(16)}`);
    }
    if (c.i !== headersEnd) throw new Error('part headers length mismatch');
    part.data = Buffer.from(c.slice(dataLen));
    out.push(part);
  }
  if (c.more()) throw new Error(`${c.b.length - c.i} bytes after the last part`);
  return out;
}

/** Decodes an M-Send.req; throws on anything the specification does not allow here. */
export function decodeSendReq(pdu: Buffer): DecodedRequest {
  const c = new Cursor(pdu);
  const r: Partial<DecodedRequest> & { to: string[]; cc: string[]; bcc: string[]; order: number[] } = { to: [], cc: [], bcc: [], order: [] };
  for (;;) {
    const field = c.byte();
    r.order.push(field);
    switch (field) {
      case 0x8c:
        r.messageType = c.byte();
        break;
      case 0x98:
        r.transactionId = c.str();
        break;
      case 0x8d: {
        const v = c.byte() & 0x7f;
        r.version = `${v >> 4}.${v & 0x0f}`;
        break;
      }
      case 0x89: {
        const n = c.len();
        const token = c.byte();
        r.from = token === 0x81 ? 'insert-address' : c.encoded();
        if (token === 0x81 && n !== 1) throw new Error('From: insert-address-token with a value');
        break;
      }
      case 0x97:
        r.to.push(c.encoded());
        break;
      case 0x82:
        r.cc.push(c.encoded());
        break;
      case 0x81:
        r.bcc.push(c.encoded());
        break;
      case 0x96:
        r.subject = c.encoded();
        break;
      case 0x8a:
        r.messageClass = CLASSES[c.byte()] ?? 'bad';
        break;
      case 0x8f:
        r.priority = PRIORITIES[c.byte()] ?? 'bad';
        break;
      case 0x86:
        r.deliveryReport = YESNO[c.byte()] ?? 'bad';
        break;
      case 0x90:
        r.readReport = YESNO[c.byte()] ?? 'bad';
        break;
      case 0x94:
        r.senderVisibility = VISIBILITY[c.byte()] ?? 'bad';
        break;
      case 0x88: {
        const n = c.len();
        const end = c.i + n;
        const token = c.byte();
        r.expiry = { relative: token === 0x81, seconds: c.longInt() };
        if (c.i !== end) throw new Error('expiry length mismatch');
        break;
      }
      case 0x84:
        r.contentType = contentType(c);
        r.parts = parts(c);
        return r as DecodedRequest;
      default:
        throw new Error(`unexpected header field 0x${field.toString(16)}`);
    }
  }
}

/** An M-Send.conf: message type, transaction ID, version 1.2, status [, message ID]. */
export function encodeSendConf(o: { transactionId: string; status?: number; messageId?: string; messageType?: number }): Buffer {
  const bytes: number[] = [0x8c, o.messageType ?? 0x81, 0x98, ...Buffer.from(o.transactionId), 0, 0x8d, 0x92, 0x92, o.status ?? 0x80];
  if (o.messageId) bytes.push(0x8b, ...Buffer.from(o.messageId), 0);
  return Buffer.from(bytes);
}

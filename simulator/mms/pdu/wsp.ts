// The WSP binary encoding that MMS PDUs are written in (WAP-230-WSP §8.4 "Header encoding" and
// §8.5 "Multipart data", as OMA-TS-MMS-ENC-V1_2 §7 uses them): the primitive values, content-type
// values with parameters, and the multipart body.
//
//   Uintvar            7 bits per octet, most significant first, continuation bit 0x80 (§8.1.2)
//   Short-integer      one octet, value | 0x80 (0-127)
//   Long-integer       Short-length (1-30) + big-endian octets
//   Text-string        [Quote 0x7F if the first octet is >= 0x80] text NUL
//   Quoted-string      0x22 text NUL
//   Value-length       0-30 in one octet, or 31 + Uintvar
//   Encoded-string     Text-string, or Value-length Char-set Text-string (MMS-ENC §7.2.9)
//
// Each function returns the encoded octets; nothing here knows about MMS header fields.

/** IANA MIBenum of UTF-8, the Well-known-charset the module writes (WSP Table 42). */
export const UTF8_MIBENUM = 106;

export function uintvar(n: number): Buffer {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`uintvar of ${n}`);
  const out = [n & 0x7f];
  let rest = Math.floor(n / 128);
  while (rest > 0) {
    out.unshift((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 128);
  }
  return Buffer.from(out);
}

export function shortInteger(n: number): Buffer {
  if (!Number.isInteger(n) || n < 0 || n > 127) throw new RangeError(`short-integer of ${n}`);
  return Buffer.of(n | 0x80);
}

export function longInteger(n: number): Buffer {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`long-integer of ${n}`);
  const octets: number[] = [];
  let rest = n;
  do {
    octets.unshift(rest % 256);
    rest = Math.floor(rest / 256);
  } while (rest > 0);
  return Buffer.from([octets.length, ...octets]);
}

/** Integer-value: a Short-integer when it fits, else a Long-integer. */
export function integerValue(n: number): Buffer {
  return n < 128 ? shortInteger(n) : longInteger(n);
}

export function textString(text: string | Buffer): Buffer {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  if (bytes.includes(0)) throw new RangeError('a text string cannot hold NUL');
  const quote = bytes.length > 0 && bytes[0]! >= 0x80 ? [Buffer.of(0x7f)] : [];
  return Buffer.concat([...quote, bytes, Buffer.of(0)]);
}

export function quotedString(text: string): Buffer {
  return Buffer.concat([Buffer.of(0x22), Buffer.from(text, 'utf8'), Buffer.of(0)]);
}

export function valueLength(n: number): Buffer {
  return n <= 30 ? Buffer.of(n) : Buffer.concat([Buffer.of(31), uintvar(n)]);
}

/** A value preceded by its Value-length. */
export function withLength(value: Buffer): Buffer {
  return Buffer.concat([valueLength(value.length), value]);
}

/**
 * Encoded-string-value (MMS-ENC §7.2.9): plain Text-string for US-ASCII, otherwise
 * Value-length Char-set(UTF-8) Text-string. An empty string takes the second form too: as a
 * plain Text-string it would be a lone NUL, which a reader takes for Value-length 0.
 */
export function encodedString(text: string): Buffer {
  if (/^[\x20-\x7e]+$/.test(text)) return textString(text);
  return withLength(Buffer.concat([integerValue(UTF8_MIBENUM), textString(text)]));
}

/** WSP Table 40: the well-known content types the module writes, by code. */
export const WELL_KNOWN_CONTENT_TYPES: Readonly<Record<string, number>> = {
  'text/plain': 0x03,
  'image/gif': 0x1d,
  'image/jpeg': 0x1e,
  'image/tiff': 0x1f,
  'image/png': 0x20,
  'application/vnd.wap.multipart.mixed': 0x23,
  'application/vnd.wap.multipart.related': 0x33,
};

/** WSP Table 38 (encoding version 1.1-1.3): parameters the module writes. */
export const PARAMETER = {
  CHARSET: 0x01,
  NAME: 0x05,
  /** Type (multipart/related): Constrained-encoding. */
  TYPE: 0x09,
  /** Start (multipart/related): Text-string. */
  START: 0x0a,
} as const;

/** Constrained-media / Constrained-encoding: a well-known type's code, else its name as text. */
export function mediaType(type: string): Buffer {
  const code = WELL_KNOWN_CONTENT_TYPES[type.toLowerCase()];
  return code === undefined ? textString(type) : shortInteger(code);
}

export type TypedParameter = { code: number; value: Buffer };

/**
 * Content-type-value (WSP §8.4.2.24): Constrained-media without parameters, else
 * Content-general-form = Value-length Media-type *(Well-known-parameter-token Typed-value).
 */
export function contentType(type: string, parameters: readonly TypedParameter[] = []): Buffer {
  if (parameters.length === 0) return mediaType(type);
  const params = parameters.map((p) => Buffer.concat([shortInteger(p.code), p.value]));
  return withLength(Buffer.concat([mediaType(type), ...params]));
}

export interface MultipartEntry {
  /** The entry's Content-type value (contentType()). */
  contentType: Buffer;
  /** Its further headers, already encoded (Content-ID, Content-Location...). */
  headers: Buffer;
  data: Buffer;
}

/** WSP §8.5.2: nEntries, then per entry HeadersLen DataLen ContentType Headers Data. */
export function multipart(entries: readonly MultipartEntry[]): Buffer {
  const out: Buffer[] = [uintvar(entries.length)];
  for (const e of entries) {
    const headers = Buffer.concat([e.contentType, e.headers]);
    out.push(uintvar(headers.length), uintvar(e.data.length), headers, e.data);
  }
  return Buffer.concat(out);
}

/** WSP Table 39 header field codes used in multipart entries (as binary, | 0x80). */
export const PART_HEADER = {
  CONTENT_LOCATION: 0x8e,
  /** Content-ID (encoding version 1.3): Quoted-string. */
  CONTENT_ID: 0xc0,
} as const;

// ---- reading (the module decodes the MMSC's M-Send.conf) ---------------------------------------

/** A cursor over received octets; every read throws a WspError past the end or on bad input. */
export class WspReader {
  pos = 0;

  constructor(readonly bytes: Buffer) {}

  get done(): boolean {
    return this.pos >= this.bytes.length;
  }

  octet(): number {
    if (this.pos >= this.bytes.length) throw new WspError('truncated');
    return this.bytes[this.pos++]!;
  }

  peek(): number {
    if (this.pos >= this.bytes.length) throw new WspError('truncated');
    return this.bytes[this.pos]!;
  }

  uintvar(): number {
    let n = 0;
    for (let i = 0; i < 5; i++) {
      const b = this.octet();
      n = n * 128 + (b & 0x7f);
      if ((b & 0x80) === 0) return n;
    }
    throw new WspError('uintvar longer than 5 octets');
  }

  valueLength(): number {
    const b = this.octet();
    if (b <= 30) return b;
    if (b === 31) return this.uintvar();
    throw new WspError(`not a value length: ${b}`);
  }

  take(n: number): Buffer {
    if (this.pos + n > this.bytes.length) throw new WspError('truncated');
    const out = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  text(): string {
    if (this.peek() === 0x7f) this.pos++;
    const end = this.bytes.indexOf(0, this.pos);
    if (end < 0) throw new WspError('unterminated text string');
    const out = this.bytes.subarray(this.pos, end).toString('utf8');
    this.pos = end + 1;
    return out;
  }

  shortInteger(): number {
    const b = this.octet();
    if (b < 0x80) throw new WspError(`not a short integer: ${b}`);
    return b & 0x7f;
  }

  /** Encoded-string-value: plain text, or Value-length Char-set Text (any charset read as UTF-8). */
  encodedString(): string {
    const b = this.peek();
    if (b > 31) return this.text();
    const length = this.valueLength();
    const stop = this.pos + length;
    // Char-set: a Short-integer, or a Long-integer (Short-length then that many octets).
    const charset = this.octet();
    if (charset < 0x80) this.take(charset);
    const text = this.text();
    if (this.pos > stop) throw new WspError('encoded string longer than its value length');
    this.pos = stop;
    return text;
  }

  /** Skips one header value whatever its kind (WSP §8.4.1.2: the first octet says which). */
  skipValue(): void {
    const b = this.peek();
    if (b <= 31) this.take(this.valueLength());
    else if (b < 0x80) this.text();
    else this.pos++;
  }
}

export class WspError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WspError';
  }
}

// Decoding failures of the PDU codec: a malformed PDU is a value the caller turns into
// `+CMS ERROR: 304`, never an exception that escapes a handler.

export class PduError extends Error {
  readonly code = 'PDU_MALFORMED';
  constructor(message: string) {
    super(message);
    this.name = 'PduError';
  }
}

/** Octet reader with bounds checks that throw PduError. */
export class OctetReader {
  private pos = 0;
  constructor(private readonly bytes: Uint8Array) {}

  get offset(): number {
    return this.pos;
  }

  get remaining(): number {
    return this.bytes.length - this.pos;
  }

  byte(what: string): number {
    if (this.pos >= this.bytes.length) throw new PduError(`PDU ends before ${what}`);
    return this.bytes[this.pos++]!;
  }

  take(n: number, what: string): Buffer {
    if (n < 0 || this.pos + n > this.bytes.length) throw new PduError(`PDU ends inside ${what} (needs ${n} octets, ${this.remaining} left)`);
    const out = Buffer.from(this.bytes.subarray(this.pos, this.pos + n));
    this.pos += n;
    return out;
  }

  rest(): Buffer {
    return this.take(this.remaining, 'rest');
  }
}

/** Parses hex digits (either case) into octets; undefined for odd length or a non-hex character. */
export function fromHex(hex: string): Buffer | undefined {
  if (hex.length % 2 !== 0 || !/^[0-9A-Fa-f]*$/.test(hex)) return undefined;
  return Buffer.from(hex, 'hex');
}

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex').toUpperCase();
}

// PPP in HDLC-like framing (RFC 1662): flag 0x7E, control escape 0x7D (the next byte XOR 0x20),
// a 16-bit frame check sequence (FCS-16, RFC 1662 §C.2, sent least significant byte first).
//
//   0x7E | FF 03 | protocol (2 bytes, or 1 with protocol field compression) | information | FCS | 0x7E
//
// The decoder takes bytes in any chunking and yields complete frames whose FCS checks; frames
// with a bad FCS, too short, or aborted (0x7D 0x7E) are dropped and counted. Address and control
// fields may be absent (address/control field compression). The encoder escapes the flag, the
// escape and every control character the peer's async control character map asks for.

/** RFC 1662 §C.2: the FCS-16 lookup table for the polynomial x^16 + x^12 + x^5 + 1 (reversed 0x8408). */
const FCS_TABLE: Uint16Array = (() => {
  const table = new Uint16Array(256);
  for (let b = 0; b < 256; b++) {
    let v = b;
    for (let i = 0; i < 8; i++) v = v & 1 ? (v >>> 1) ^ 0x8408 : v >>> 1;
    table[b] = v;
  }
  return table;
})();

export const FCS_INIT = 0xffff;
/** The FCS over a frame and its own FCS field when the frame is intact. */
export const FCS_GOOD = 0xf0b8;

export function fcs16(data: Uint8Array, fcs = FCS_INIT): number {
  for (const byte of data) fcs = (fcs >>> 8) ^ FCS_TABLE[(fcs ^ byte) & 0xff]!;
  return fcs;
}

export const FLAG = 0x7e;
export const ESCAPE = 0x7d;

/** A decoded frame: protocol number and information field. */
export interface PppFrame {
  protocol: number;
  payload: Buffer;
}

/** Encodes one frame. `accm`: the control characters (bit n = character n) to escape; all by default. */
export function encodeFrame(protocol: number, payload: Uint8Array, accm = 0xffffffff): Buffer {
  const body = Buffer.concat([Buffer.from([0xff, 0x03, protocol >> 8, protocol & 0xff]), Buffer.from(payload)]);
  const fcs = fcs16(body) ^ 0xffff;
  const raw = Buffer.concat([body, Buffer.from([fcs & 0xff, fcs >> 8])]);
  const out: number[] = [FLAG];
  for (const byte of raw) {
    if (byte === FLAG || byte === ESCAPE || (byte < 0x20 && (accm >>> byte) & 1)) out.push(ESCAPE, byte ^ 0x20);
    else out.push(byte);
  }
  out.push(FLAG);
  return Buffer.from(out);
}

/** Splits a frame's content (after unescaping, FCS checked and removed) into protocol and payload. */
export function parseFrameContent(content: Buffer): PppFrame | undefined {
  let i = 0;
  if (content[0] === 0xff && content[1] === 0x03) i = 2;
  if (i >= content.length) return undefined;
  let protocol: number;
  if ((content[i]! & 1) === 1) {
    protocol = content[i]!;
    i += 1;
  } else {
    if (i + 1 >= content.length) return undefined;
    protocol = (content[i]! << 8) | content[i + 1]!;
    i += 2;
  }
  return { protocol, payload: Buffer.from(content.subarray(i)) };
}

export class FrameDecoder {
  private current: number[] = [];
  private escaped = false;
  private inFrame = false;
  /** Frames dropped for a bad FCS or a bad shape. */
  dropped = 0;

  /** Feeds bytes; returns the frames completed by them. */
  feed(bytes: Uint8Array): PppFrame[] {
    const frames: PppFrame[] = [];
    for (const byte of bytes) {
      if (byte === FLAG) {
        if (this.inFrame && this.current.length > 0) {
          if (this.escaped) this.dropped++; // 0x7D 0x7E: abort sequence
          else {
            const frame = this.finish(Buffer.from(this.current));
            if (frame) frames.push(frame);
            else this.dropped++;
          }
        }
        this.current = [];
        this.escaped = false;
        this.inFrame = true;
        continue;
      }
      if (!this.inFrame) continue;
      if (byte === ESCAPE) {
        this.escaped = true;
        continue;
      }
      this.current.push(this.escaped ? byte ^ 0x20 : byte);
      this.escaped = false;
      if (this.current.length > 4096) {
        this.current = [];
        this.inFrame = false;
        this.dropped++;
      }
    }
    return frames;
  }

  private finish(raw: Buffer): PppFrame | undefined {
    if (raw.length < 4 || fcs16(raw) !== FCS_GOOD) return undefined;
    return parseFrameContent(raw.subarray(0, raw.length - 2));
  }
}

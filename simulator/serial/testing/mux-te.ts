// The TE side of a 3GPP TS 27.010 basic-option multiplexer, for tests that talk frames to the
// simulator (ours, and users' who drive +CMUX). Written apart from the simulator's codec on
// purpose — bitwise FCS, its own parser — so a test using it does not take the module's
// encoder as its own oracle.
//
// The TE is the initiator: its commands (SABM, DISC, UIH) carry C/R=1 in the address.

export const SABM = 0x2f;
export const UA = 0x63;
export const DM = 0x0f;
export const DISC = 0x43;
export const UIH = 0xef;
export const PF = 0x10;

/** FCS per 27.010 §5.2.1.6, computed bit by bit (reflected x^8+x^2+x+1, preset 0xFF, complemented). */
export function fcs27010(bytes: readonly number[]): number {
  let crc = 0xff;
  for (const byte of bytes) {
    for (let bit = 0; bit < 8; bit++) {
      const mix = (crc ^ (byte >> bit)) & 1;
      crc >>= 1;
      if (mix) crc ^= 0xe0;
    }
  }
  return 0xff - crc;
}

/** A frame from the TE: address with C/R=1, P=1 for SABM/DISC. */
export function teFrame(dlci: number, control: number, info: Uint8Array | string = ''): Buffer {
  const data = typeof info === 'string' ? Buffer.from(info, 'latin1') : Buffer.from(info);
  const pf = control === SABM || control === DISC ? PF : 0;
  const header = [(dlci << 2) | 0x02 | 0x01, control | pf];
  if (data.length < 128) header.push((data.length << 1) | 1);
  else header.push((data.length & 0x7f) << 1, data.length >> 7);
  return Buffer.from([0xf9, ...header, ...data, fcs27010(header), 0xf9]);
}

/** A control message for DLC0 (command: C/R=1 in the type octet). */
export function controlMessage(typeCode: number, value: readonly number[] = [], command = true): Buffer {
  return Buffer.from([typeCode | (command ? 0x02 : 0) | 0x01, (value.length << 1) | 1, ...value]);
}

export interface ReceivedFrame {
  dlci: number;
  cr: boolean;
  /** Control field without P/F. */
  control: number;
  pf: boolean;
  info: Buffer;
}

/**
 * Parses the module's output as frames. Throws on anything that is not a well-formed frame
 * with a correct FCS: the module must never put anything else on the wire.
 */
export function parseFrames(wire: Buffer | string): ReceivedFrame[] {
  const b = typeof wire === 'string' ? Buffer.from(wire, 'latin1') : wire;
  const frames: ReceivedFrame[] = [];
  let i = 0;
  while (i < b.length) {
    if (b[i] !== 0xf9) throw new Error(`expected a flag at ${i}, got ${b[i]!.toString(16)} in ${b.toString('hex')}`);
    const addr = b[i + 1]!;
    const ctrl = b[i + 2]!;
    let len = b[i + 3]! >> 1;
    let headerLen = 3;
    if ((b[i + 3]! & 1) === 0) {
      len |= b[i + 4]! << 7;
      headerLen = 4;
    }
    const header = [...b.subarray(i + 1, i + 1 + headerLen)];
    const info = b.subarray(i + 1 + headerLen, i + 1 + headerLen + len);
    const fcs = b[i + 1 + headerLen + len];
    if (fcs !== fcs27010(header)) throw new Error(`bad FCS in frame at ${i}: ${b.subarray(i).toString('hex')}`);
    if (b[i + 2 + headerLen + len] !== 0xf9) throw new Error(`no closing flag for the frame at ${i}`);
    frames.push({ dlci: addr >> 2, cr: (addr & 2) !== 0, control: ctrl & ~PF, pf: (ctrl & PF) !== 0, info: Buffer.from(info) });
    i += 3 + headerLen + len;
  }
  return frames;
}

/** The information of the UIH frames on `dlci`, concatenated, as text. */
export function dataOn(frames: readonly ReceivedFrame[], dlci: number): string {
  return Buffer.concat(frames.filter((f) => f.dlci === dlci && f.control === UIH).map((f) => f.info)).toString('latin1');
}

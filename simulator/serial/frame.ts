// 3GPP TS 27.010 basic option frames (§5.2.1, §5.2.6):
//
//   F9 | address | control | length (1-2 octets) | information | FCS | F9
//
//   address  EA(bit1)=1, C/R(bit2), DLCI(bits 3-8)
//   control  SABM 0x2F, UA 0x63, DM 0x0F, DISC 0x43, UIH 0xEF, UI 0x03; P/F is 0x10
//   length   EA(bit1): 1 = one octet, L1-L7 in bits 2-8; 0 = a second octet carries L8-L15
//   FCS      §5.2.1.6: ones complement of the CRC-8 (x^8+x^2+x+1, bits LSB first, register
//            preset to all ones) over address, control and length; for UI frames also over the
//            information field. (§5.3.5 says "address and control fields only" for UIH; in the
//            basic option the length indicator is part of the header the FCS covers, which is
//            what deployed implementations do — Linux drivers/tty/n_gsm.c computes it over
//            address, control and length. SABM on DLC0 is F9 03 3F 01 1C F9 either way.)
//
// The decoder is a byte-at-a-time state machine that never throws: a frame with a bad FCS, a
// missing closing flag or an information field longer than allowed is dropped (27.010 §5.2.6:
// frames in error are discarded) and reported through `onError`, and decoding resumes at the
// next flag. Repeated flags between frames are skipped, and a closing flag may double as the
// next frame's opening flag.

export const FLAG = 0xf9;
export const EA = 0x01;
export const CR = 0x02;
export const PF = 0x10;

export const FrameType = {
  SABM: 0x2f,
  UA: 0x63,
  DM: 0x0f,
  DISC: 0x43,
  UIH: 0xef,
  UI: 0x03,
} as const;

export type FrameTypeName = keyof typeof FrameType;

export interface Frame {
  dlci: number;
  /** The C/R bit of the address octet. */
  cr: boolean;
  type: FrameTypeName | 'unknown';
  /** The control octet without the P/F bit. */
  control: number;
  /** Poll (in commands) / final (in responses). */
  pf: boolean;
  info: Buffer;
}

const CRC_TABLE = (() => {
  const table = new Uint8Array(256);
  for (let i = 0; i < 256; i++) {
    let crc = i;
    for (let b = 0; b < 8; b++) crc = crc & 1 ? (crc >>> 1) ^ 0xe0 : crc >>> 1;
    table[i] = crc;
  }
  return table;
})();

/** The CRC register after `bytes`, starting from `crc` (0xFF for a new frame). */
export function crc8(bytes: Iterable<number>, crc = 0xff): number {
  let c = crc;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]!;
  return c;
}

/** The FCS octet for the covered bytes. */
export function fcs(covered: Iterable<number>): number {
  return 0xff - crc8(covered);
}

function frameTypeName(control: number): FrameTypeName | 'unknown' {
  for (const [name, value] of Object.entries(FrameType)) if (value === control) return name as FrameTypeName;
  return 'unknown';
}

export function encodeFrame(frame: { dlci: number; cr: boolean; control: number; pf: boolean; info?: Uint8Array }): Buffer {
  const info = frame.info ?? Buffer.alloc(0);
  const header = [((frame.dlci & 0x3f) << 2) | (frame.cr ? CR : 0) | EA, frame.control | (frame.pf ? PF : 0)];
  if (info.length < 128) header.push((info.length << 1) | EA);
  else header.push((info.length & 0x7f) << 1, (info.length >> 7) & 0xff);
  const covered = frame.control === FrameType.UI ? [...header, ...info] : header;
  return Buffer.from([FLAG, ...header, ...info, fcs(covered), FLAG]);
}

export type DecodeError = 'bad-fcs' | 'no-closing-flag' | 'too-long';

type DecoderState = 'hunt' | 'address' | 'control' | 'length1' | 'length2' | 'info' | 'fcs' | 'close';

export class FrameDecoder {
  private state: DecoderState = 'hunt';
  private address = 0;
  private control = 0;
  private length = 0;
  private lengthOctets: number[] = [];
  private info: number[] = [];
  private receivedFcs = 0;

  constructor(
    private readonly onFrame: (frame: Frame) => void,
    /** Largest information field accepted on a DLC (its N1); longer frames are dropped. */
    private readonly maxInfo: (dlci: number) => number,
    private readonly onError: (error: DecodeError, detail: string) => void = () => undefined,
  ) {}

  /**
   * Decodes `bytes`; stops early when `stop()` turns true after a frame (the multiplexer
   * closed down and the rest of the bytes belong to the AT interface). Returns the number of
   * bytes consumed.
   */
  feed(bytes: Uint8Array, stop: () => boolean = () => false): number {
    for (let i = 0; i < bytes.length; i++) {
      this.byte(bytes[i]!);
      if (stop()) return i + 1;
    }
    return bytes.length;
  }

  reset(): void {
    this.state = 'hunt';
  }

  private byte(b: number): void {
    switch (this.state) {
      case 'hunt':
        if (b === FLAG) this.state = 'address';
        return;
      case 'address':
        if (b === FLAG) return; // flags between frames
        if ((b & EA) === 0) {
          // Addresses are one octet in 27.010; a cleared EA bit is not a frame start.
          this.state = 'hunt';
          return;
        }
        this.address = b;
        this.state = 'control';
        return;
      case 'control':
        this.control = b;
        this.lengthOctets = [];
        this.state = 'length1';
        return;
      case 'length1':
        this.lengthOctets = [b];
        if (b & EA) this.startInfo(b >> 1);
        else this.state = 'length2';
        return;
      case 'length2':
        this.lengthOctets.push(b);
        this.startInfo((this.lengthOctets[0]! >> 1) | (b << 7));
        return;
      case 'info':
        this.info.push(b);
        if (this.info.length >= this.length) this.state = 'fcs';
        return;
      case 'fcs':
        this.receivedFcs = b;
        this.state = 'close';
        return;
      case 'close':
        this.finish(b);
        return;
    }
  }

  private startInfo(length: number): void {
    this.info = [];
    this.length = length;
    const max = this.maxInfo(this.address >> 2);
    if (length > max) {
      this.onError('too-long', `information field of ${length} octets on DLC${this.address >> 2} exceeds N1=${max}`);
      this.state = 'hunt';
      return;
    }
    this.state = length === 0 ? 'fcs' : 'info';
  }

  private finish(b: number): void {
    if (b !== FLAG) {
      this.onError('no-closing-flag', `expected F9 after the FCS, got ${b.toString(16).padStart(2, '0')}`);
      this.state = 'hunt';
      return;
    }
    // The closing flag may be the next frame's opening flag.
    this.state = 'address';
    const control = this.control & ~PF;
    const header = [this.address, this.control, ...this.lengthOctets];
    const covered = control === FrameType.UI ? [...header, ...this.info] : header;
    const expected = fcs(covered);
    if (expected !== this.receivedFcs) {
      this.onError('bad-fcs', `FCS ${this.receivedFcs.toString(16).padStart(2, '0')}, expected ${expected.toString(16).padStart(2, '0')}`);
      return;
    }
    this.onFrame({
      dlci: this.address >> 2,
      cr: (this.address & CR) !== 0,
      type: frameTypeName(control),
      control,
      pf: (this.control & PF) !== 0,
      info: Buffer.from(this.info),
    });
  }
}

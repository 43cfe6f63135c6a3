// An asynchronous serial line, bit by bit: what a UART receiver configured one way makes of
// bytes a transmitter configured another way sent. When both sides agree (rate, data bits,
// parity, stop bits) the bytes pass unchanged; when they do not, the receiver sees what a real
// one would — the same garbage a DTE at 9600 bit/s reads from a module at 115200.
//
// Model: the transmitter sends each byte back to back as start bit (0), data bits LSB first,
// an optional parity bit and its stop bits (1); the line idles at 1 before and after. The
// receiver hunts for a 1→0 edge, checks the start bit half a bit time later (a glitch is not
// a start), samples each data bit, the parity bit and the stop bit at their centres by its own
// clock, then hunts again from the stop-bit sample. Like a POSIX tty without INPCK/PARMRK it
// delivers characters with parity or framing errors as sampled (a break — all zeros with no
// stop bit — arrives as 0x00). 7-bit characters arrive in the low 7 bits.

export type Parity = 'none' | 'odd' | 'even' | 'mark' | 'space';

export interface Framing {
  baudRate: number;
  dataBits: 5 | 6 | 7 | 8;
  parity: Parity;
  stopBits: 1 | 1.5 | 2;
}

export const FRAMING_8N1_115200: Framing = { baudRate: 115200, dataBits: 8, parity: 'none', stopBits: 1 };

export function sameFraming(a: Framing, b: Framing): boolean {
  return a.baudRate === b.baudRate && a.dataBits === b.dataBits && a.parity === b.parity && a.stopBits === b.stopBits;
}

/** Bits on the line per character: start + data + parity + stop. */
export function bitsPerCharacter(f: Framing): number {
  return 1 + f.dataBits + (f.parity === 'none' ? 0 : 1) + f.stopBits;
}

function parityBit(value: number, dataBits: number, parity: Parity): number {
  let ones = 0;
  for (let i = 0; i < dataBits; i++) ones += (value >> i) & 1;
  switch (parity) {
    case 'even':
      return ones & 1;
    case 'odd':
      return (ones & 1) ^ 1;
    case 'mark':
      return 1;
    default:
      return 0;
  }
}

/** The line levels the transmitter produces, one entry per bit cell (stop bits may be 1.5 cells: halves). */
function waveform(bytes: Uint8Array, tx: Framing): { cells: Uint8Array; cellTime: number } {
  // Work in half-bit cells so 1.5 stop bits fit.
  const halves: number[] = [];
  const push = (level: number, bits: number) => {
    for (let i = 0; i < bits * 2; i++) halves.push(level);
  };
  for (const byte of bytes) {
    push(0, 1);
    for (let i = 0; i < tx.dataBits; i++) push((byte >> i) & 1, 1);
    if (tx.parity !== 'none') push(parityBit(byte, tx.dataBits, tx.parity), 1);
    push(1, tx.stopBits);
  }
  return { cells: Uint8Array.from(halves), cellTime: 1 / (2 * tx.baudRate) };
}

/** What a receiver configured as `rx` reads from `bytes` sent as `tx`. */
export function transcode(bytes: Uint8Array, tx: Framing, rx: Framing): Buffer {
  if (bytes.length === 0 || sameFraming(tx, rx)) return Buffer.from(bytes);
  const { cells, cellTime } = waveform(bytes, tx);
  const end = cells.length * cellTime;
  const level = (t: number): number => {
    const i = Math.floor(t / cellTime + 1e-9);
    return i >= 0 && i < cells.length ? cells[i]! : 1;
  };
  /** The first 1→0 transition after time t (at a cell boundary; the line idles high before cell 0). */
  const nextFallingEdge = (t: number): number | undefined => {
    if (t < 0 && cells[0] === 0) return 0;
    for (let i = Math.max(1, Math.ceil(t / cellTime + 1e-9)); i < cells.length; i++) if (cells[i - 1] === 1 && cells[i] === 0) return i * cellTime;
    return undefined;
  };
  const bit = 1 / rx.baudRate;
  const out: number[] = [];
  let t = -1;
  for (;;) {
    const edge = nextFallingEdge(t);
    if (edge === undefined || edge >= end) break;
    if (level(edge + bit / 2) !== 0) {
      t = edge + bit / 2; // not a start bit: hunt on
      continue;
    }
    let value = 0;
    for (let i = 0; i < rx.dataBits; i++) value |= level(edge + bit * (1.5 + i)) << i;
    const stopAt = edge + bit * (1.5 + rx.dataBits + (rx.parity === 'none' ? 0 : 1));
    out.push(value);
    t = stopAt;
  }
  return Buffer.from(out);
}

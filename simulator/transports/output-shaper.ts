// How the module's output reaches the DTE: all at once (default), or cut into chunks with a
// delay between them, or paced at the serial line's rate (10 bits per byte at 8N1; with
// 'module', at the rate and framing the module's UART runs at now — +IPR, +ICF — following
// changes), so client code meets responses split across reads as it will on a real UART.
//
// Contract: bytes come out in order, exactly once; with pacing, no byte arrives before its
// last bit could have crossed the line; `close()` drops what is still queued.

import { RealClock, type Clock, type TimerHandle } from '../core/clock.js';

export interface ShapingOptions {
  /** Largest piece delivered at once; default: whatever the modem wrote, whole. */
  chunkSize?: number;
  /** Milliseconds between pieces; default 0. */
  interChunkDelayMs?: number;
  /**
   * Pace output at this line rate (bits/s, 10 bits per byte), or 'module' for the module's
   * own line settings; default: no pacing.
   */
  baudRate?: number | 'module';
}

/** A line rate and the bits each character takes on it (start + data + parity + stop). */
export interface LineRate {
  baudRate: number;
  bitsPerCharacter: number;
}

export class OutputShaper {
  private readonly queue: Buffer[] = [];
  private timer: TimerHandle | undefined;
  private busy = false;
  private closed = false;

  constructor(
    private readonly deliver: (bytes: Buffer) => void,
    private options: ShapingOptions = {},
    private readonly clock: Clock = new RealClock(),
    /** The module's line, for `baudRate: 'module'`. */
    private readonly moduleLine?: () => LineRate,
  ) {}

  /** Milliseconds `bytes` characters take on the line, or 0 without pacing. */
  private lineTime(bytes: number): number {
    const { baudRate } = this.options;
    if (baudRate === undefined) return 0;
    if (baudRate === 'module') {
      const line = this.moduleLine?.();
      return line ? (bytes * line.bitsPerCharacter * 1000) / line.baudRate : 0;
    }
    return baudRate > 0 ? (bytes * 10 * 1000) / baudRate : 0;
  }

  setOptions(options: ShapingOptions): void {
    this.options = { ...this.options, ...options };
  }

  push(bytes: Buffer): void {
    if (this.closed || bytes.length === 0) return;
    const { chunkSize, interChunkDelayMs, baudRate } = this.options;
    if (!chunkSize && !interChunkDelayMs && !baudRate && !this.busy) {
      this.deliver(bytes);
      return;
    }
    this.queue.push(bytes);
    if (!this.busy) this.next();
  }

  /**
   * Delivers the head piece: with pacing, once its last bit is on the line (pieces follow each
   * other back to back); then, with a chunk delay, that long before the next piece.
   */
  private next(): void {
    const head = this.queue[0];
    if (!head || this.closed) {
      this.busy = false;
      return;
    }
    this.busy = true;
    const size = Math.min(head.length, this.options.chunkSize ?? head.length);
    const piece = head.subarray(0, size);
    if (size >= head.length) this.queue.shift();
    else this.queue[0] = head.subarray(size);
    const send = () => {
      if (this.closed) return;
      this.deliver(piece);
      const gap = this.options.interChunkDelayMs ?? 0;
      if (gap > 0) this.timer = this.clock.setTimer(gap, () => this.next());
      else setImmediate(() => this.next());
    };
    const lineTime = this.lineTime(piece.length);
    if (lineTime > 0) this.timer = this.clock.setTimer(lineTime, send);
    else send();
  }

  close(): void {
    this.closed = true;
    this.queue.length = 0;
    this.clock.clearTimer(this.timer);
  }
}

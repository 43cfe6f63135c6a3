// Command-state input of the line codec (manual §1.5.2, V.250 §5.2): bytes in, command lines
// out, with the echo the module sends back.
//
// Rules, byte by byte:
// - S3 (default CR) ends the line; the CR is echoed. An empty or blank line is ignored.
// - S5 (default BS) deletes the last buffered character and is echoed.
// - NUL, ESC, Ctrl-Z and every other control character are dropped without echo: real clients
//   send stray ones (a NUL after power-up, an ESC or Ctrl-Z left over from an aborted prompt,
//   the LF of a CR LF line end).
// - `A/` (or `a/`) alone on a line repeats the previous command line at once, without S3.
// - The line buffer is bounded: past MAX_LINE_BUFFER characters the rest is dropped and the
//   line is reported as overflowed, so no byte sequence can grow memory without bound.
//
// Echo (ATE1) sends back every character that enters the buffer, plus S3 and S5, exactly as
// received; nothing is echoed under ATE0.

/** Manual §1.5.2: the command line buffer holds 3071 characters after the AT prefix. */
export const MAX_COMMAND_LINE = 3071;
/** Buffer bound: the longest legal line, its `AT`, and some leading noise. */
const MAX_LINE_BUFFER = MAX_COMMAND_LINE + 2 + 256;

export interface AssemblerSettings {
  echo: boolean;
  s3: number;
  s5: number;
}

export type AssembledEvent =
  /** A complete line (without S3); `overflow` when it was longer than the buffer. */
  | { kind: 'line'; text: string; overflow: boolean }
  /** `A/`: run the previous line again. */
  | { kind: 'repeat' };

export class LineAssembler {
  private buffer = '';
  private overflow = false;

  /** Characters typed since the last line end (for diagnostics and tests). */
  get pending(): string {
    return this.buffer;
  }

  reset(): void {
    this.buffer = '';
    this.overflow = false;
  }

  /**
   * Feed one byte. Returns what to echo (possibly '') and the event it completes, if any.
   */
  feed(byte: number, s: AssemblerSettings): { echo: string; event?: AssembledEvent } {
    const ch = String.fromCharCode(byte);
    if (byte === s.s3) {
      const text = this.buffer;
      const overflow = this.overflow;
      this.reset();
      const echo = s.echo ? ch : '';
      if (text.trim() === '' && !overflow) return { echo };
      return { echo, event: { kind: 'line', text, overflow } };
    }
    if (byte === s.s5) {
      if (this.buffer.length === 0) return { echo: '' };
      this.buffer = this.buffer.slice(0, -1);
      return { echo: s.echo ? ch : '' };
    }
    if (byte < 0x20 || byte === 0x7f) return { echo: '' };
    if (ch === '/' && /^\s*a$/i.test(this.buffer)) {
      this.reset();
      return { echo: s.echo ? ch : '', event: { kind: 'repeat' } };
    }
    if (this.buffer.length >= MAX_LINE_BUFFER) {
      this.overflow = true;
      return { echo: s.echo ? ch : '' };
    }
    this.buffer += ch;
    return { echo: s.echo ? ch : '' };
  }
}

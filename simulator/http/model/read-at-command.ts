import type { AsyncCommand } from 'fast-check';
import { ERROR, expectAnswer, readBlock, type HttpModel, type Real } from './model.js';

/** AT+HTTPREAD=<start_offset>,<byte_size>. */
export class ReadAtCommand implements AsyncCommand<HttpModel, Real> {
  constructor(
    readonly offset: number,
    readonly size: number,
  ) {}
  check(): boolean {
    return true;
  }
  async run(m: HttpModel, real: Real): Promise<void> {
    const content = m.content;
    if (!content || this.offset >= content.length || (m.readMode === 0 && this.offset < m.position)) return expectAnswer(real, this.toString(), ERROR);
    const data = content.subarray(this.offset, this.offset + this.size);
    await expectAnswer(real, this.toString(), readBlock(data));
    m.position = this.offset + data.length;
  }
  toString(): string {
    return `AT+HTTPREAD=${this.offset},${this.size}`;
  }
}

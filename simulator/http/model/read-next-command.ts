import type { AsyncCommand } from 'fast-check';
import { ERROR, expectAnswer, readBlock, type HttpModel, type Real } from './model.js';

/** AT+HTTPREAD=<byte_size>: on from where the last read ended. */
export class ReadNextCommand implements AsyncCommand<HttpModel, Real> {
  constructor(readonly size: number) {}
  check(): boolean {
    return true;
  }
  async run(m: HttpModel, real: Real): Promise<void> {
    const content = m.content;
    if (!content || m.position >= content.length) return expectAnswer(real, this.toString(), ERROR);
    const data = content.subarray(m.position, m.position + this.size);
    await expectAnswer(real, this.toString(), readBlock(data));
    m.position += data.length;
  }
  toString(): string {
    return `AT+HTTPREAD=${this.size}`;
  }
}

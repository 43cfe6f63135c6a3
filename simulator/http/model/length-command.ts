import type { AsyncCommand } from 'fast-check';
import { answer, ERROR, expectAnswer, type HttpModel, type Real } from './model.js';

/** AT+HTTPREAD?: the content's whole size, whatever was read of it. */
export class LengthCommand implements AsyncCommand<HttpModel, Real> {
  check(): boolean {
    return true;
  }
  async run(m: HttpModel, real: Real): Promise<void> {
    await expectAnswer(real, this.toString(), m.content ? answer([`+HTTPREAD: LEN,${m.content.length}`]) : ERROR);
  }
  toString(): string {
    return 'AT+HTTPREAD?';
  }
}

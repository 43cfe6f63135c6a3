import type { AsyncCommand } from 'fast-check';
import { answer, expectAnswer, type HttpModel, type Real } from './model.js';

/** AT+HTTPPARA="READMODE",<readmode>. */
export class ReadModeCommand implements AsyncCommand<HttpModel, Real> {
  constructor(readonly mode: number) {}
  check(): boolean {
    return true;
  }
  async run(m: HttpModel, real: Real): Promise<void> {
    await expectAnswer(real, this.toString(), answer([]));
    m.readMode = this.mode;
  }
  toString(): string {
    return `AT+HTTPPARA="READMODE",${this.mode}`;
  }
}

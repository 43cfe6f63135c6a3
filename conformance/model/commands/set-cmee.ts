// AT+CMEE=<n> then AT+CMEE? (manual §3.2.8): the read form gives back what was set.
import type { AsyncCommand } from 'fast-check';
import { check, sendOk, type ModelReal, type ModemModel } from '../model.js';

export class SetCmeeCommand implements AsyncCommand<ModemModel, ModelReal> {
  constructor(readonly n: 0 | 1 | 2) {}
  check(): boolean {
    return true;
  }
  async run(model: ModemModel, real: ModelReal): Promise<void> {
    await sendOk(model, real, `AT+CMEE=${this.n}`);
    model.cmee = this.n;
    const x = await sendOk(model, real, 'AT+CMEE?');
    check(x.lines[0] === `+CMEE: ${this.n}`, `AT+CMEE? should read ${this.n}: ${JSON.stringify(x.lines)}`);
  }
  toString(): string {
    return `AT+CMEE=${this.n}`;
  }
}

// AT+CMGF=<mode> then AT+CMGF? (manual §7.2.3).
import type { AsyncCommand } from 'fast-check';
import { check, sendOk, type ModelReal, type ModemModel } from '../model.js';

export class SetCmgfCommand implements AsyncCommand<ModemModel, ModelReal> {
  constructor(readonly mode: 0 | 1) {}
  check(): boolean {
    return true;
  }
  async run(model: ModemModel, real: ModelReal): Promise<void> {
    await sendOk(model, real, `AT+CMGF=${this.mode}`);
    model.cmgf = this.mode;
    const x = await sendOk(model, real, 'AT+CMGF?');
    check(x.lines[0] === `+CMGF: ${this.mode}`, `AT+CMGF? should read ${this.mode}: ${JSON.stringify(x.lines)}`);
  }
  toString(): string {
    return `AT+CMGF=${this.mode}`;
  }
}

// AT+CFUN=<fun> then AT+CFUN? (manual §3.2.1): 0 minimum, 1 full, 4 flight mode.
import type { AsyncCommand } from 'fast-check';
import { check, sendOk, settleSim, type ModelReal, type ModemModel } from '../model.js';

export class SetCfunCommand implements AsyncCommand<ModemModel, ModelReal> {
  constructor(readonly fun: 0 | 1 | 4) {}
  check(): boolean {
    return true;
  }
  async run(model: ModemModel, real: ModelReal): Promise<void> {
    const wasMinimum = model.cfun === 0;
    await sendOk(model, real, `AT+CFUN=${this.fun}`);
    model.cfun = this.fun;
    const x = await sendOk(model, real, 'AT+CFUN?');
    check(x.lines[0] === `+CFUN: ${this.fun}`, `AT+CFUN? should read ${this.fun}: ${JSON.stringify(x.lines)}`);
    // Leaving minimum functionality: the SIM may have been powered down and restarted.
    if (wasMinimum && this.fun !== 0) await settleSim(model, real);
  }
  toString(): string {
    return `AT+CFUN=${this.fun}`;
  }
}

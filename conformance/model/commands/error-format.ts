// AT+CPIN=<pin> with no PIN pending (manual §6.2.2) answers +CME ERROR, formatted per the
// model's +CMEE (§3.2.8): 0 ERROR, 1 numeric, 2 verbose.
import type { AsyncCommand } from 'fast-check';
import { check, send, type ModelReal, type ModemModel } from '../model.js';

export class ErrorFormatCommand implements AsyncCommand<ModemModel, ModelReal> {
  check(model: Readonly<ModemModel>): boolean {
    return model.cfun === 1 && model.pin === 'ready';
  }
  async run(model: ModemModel, real: ModelReal): Promise<void> {
    const x = await send(model, real, `AT+CPIN="${real.pin}"`);
    const final = x.final ?? '';
    if (model.cmee === 0) check(final === 'ERROR', `+CMEE=0: expected ERROR, got ${final}`);
    else if (model.cmee === 1) check(/^\+CME ERROR: \d+$/.test(final), `+CMEE=1: expected a numeric +CME ERROR, got ${final}`);
    else check(/^\+CME ERROR: [A-Za-z]/.test(final), `+CMEE=2: expected a verbose +CME ERROR, got ${final}`);
  }
  toString(): string {
    return 'AT+CPIN=<pin> (no PIN pending)';
  }
}

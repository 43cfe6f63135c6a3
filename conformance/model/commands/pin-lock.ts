// AT+CLCK="SC",<mode>,<pin> and AT+CLCK="SC",2 (manual §6.2.3): the lock follows the last
// successful lock/unlock. Only generated when PIN changes are allowed on the target.
import type { AsyncCommand } from 'fast-check';
import { check, sendOk, type ModelReal, type ModemModel } from '../model.js';

export class PinLockCommand implements AsyncCommand<ModemModel, ModelReal> {
  constructor(readonly lock: boolean) {}
  check(model: Readonly<ModemModel>): boolean {
    return model.pinLock !== undefined && model.cfun === 1 && model.pin === 'ready';
  }
  async run(model: ModemModel, real: ModelReal): Promise<void> {
    await sendOk(model, real, `AT+CLCK="SC",${this.lock ? 1 : 0},"${real.pin}"`);
    model.pinLock = this.lock;
    const x = await sendOk(model, real, 'AT+CLCK="SC",2');
    check(x.lines[0] === `+CLCK: ${this.lock ? 1 : 0}`, `AT+CLCK="SC",2 should read ${this.lock ? 1 : 0}: ${JSON.stringify(x.lines)}`);
  }
  toString(): string {
    return `AT+CLCK="SC",${this.lock ? 1 : 0},<pin>`;
  }
}

// AT+CPIN=<pin> when the SIM asks for it (manual §6.2.2): OK, and the SIM becomes READY.
import type { AsyncCommand } from 'fast-check';
import { check, sendOk, settleSim, type ModelReal, type ModemModel } from '../model.js';

export class EnterPinCommand implements AsyncCommand<ModemModel, ModelReal> {
  check(model: Readonly<ModemModel>): boolean {
    return model.pin === 'pin-required' && model.cfun !== 0;
  }
  async run(model: ModemModel, real: ModelReal): Promise<void> {
    await sendOk(model, real, `AT+CPIN="${real.pin}"`);
    await settleSim(model, real);
    check(model.pin === 'ready', 'after the right PIN the SIM must be READY');
  }
  toString(): string {
    return 'AT+CPIN=<pin>';
  }
}

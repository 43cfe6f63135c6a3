// AT+CMGD=<index> (manual §7.2.15): the message is gone.
import type { AsyncCommand } from 'fast-check';
import { sendOk, type ModelReal, type ModemModel } from '../model.js';

export class DeleteSmsCommand implements AsyncCommand<ModemModel, ModelReal> {
  constructor(readonly pick: number) {}
  check(model: Readonly<ModemModel>): boolean {
    return model.cfun === 1 && model.pin === 'ready' && model.messages.size > 0;
  }
  async run(model: ModemModel, real: ModelReal): Promise<void> {
    const indices = [...model.messages.keys()].sort((a, b) => a - b);
    const index = indices[this.pick % indices.length]!;
    await sendOk(model, real, `AT+CMGD=${index}`);
    model.messages.delete(index);
  }
  toString(): string {
    return `AT+CMGD=<message #${this.pick}>`;
  }
}

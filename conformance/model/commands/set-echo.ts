// ATE<n> (manual §2.2.6): echo follows the last ATE.
import type { AsyncCommand } from 'fast-check';
import { sendOk, type ModelReal, type ModemModel } from '../model.js';

export class SetEchoCommand implements AsyncCommand<ModemModel, ModelReal> {
  constructor(readonly on: boolean) {}
  check(): boolean {
    return true;
  }
  async run(model: ModemModel, real: ModelReal): Promise<void> {
    await sendOk(model, real, `ATE${this.on ? 1 : 0}`);
    model.echo = this.on;
  }
  toString(): string {
    return `ATE${this.on ? 1 : 0}`;
  }
}

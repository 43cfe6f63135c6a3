import type { AsyncCommand } from 'fast-check';
import { ERROR, OK, clientId, expectAnswer, refusal, type MqttModel, type Real } from './model.js';

/** AT+CMQTTACCQ=<i>,"model-<i>": once per index while the service runs (19 when taken). */
export class AcquireCommand implements AsyncCommand<MqttModel, Real> {
  constructor(readonly index: number) {}
  check(): boolean {
    return true;
  }
  async run(m: MqttModel, real: Real): Promise<void> {
    const c = m.clients[this.index]!;
    if (!m.started) return expectAnswer(real, this.toString(), ERROR);
    if (c.acquired) return expectAnswer(real, this.toString(), refusal('ACCQ', this.index, 19));
    c.acquired = true;
    await expectAnswer(real, this.toString(), OK);
  }
  toString(): string {
    return `AT+CMQTTACCQ=${this.index},"${clientId(this.index)}"`;
  }
}

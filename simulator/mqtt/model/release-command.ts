import type { AsyncCommand } from 'fast-check';
import { OK, clientRefusal, expectAnswer, freshClientModel, refusal, type MqttModel, type Real } from './model.js';

/** AT+CMQTTREL=<i>: an acquired client that is not connected (19 while connected); its settings go. */
export class ReleaseCommand implements AsyncCommand<MqttModel, Real> {
  constructor(readonly index: number) {}
  check(): boolean {
    return true;
  }
  async run(m: MqttModel, real: Real): Promise<void> {
    const refused = clientRefusal(m, 'REL', this.index, false);
    if (refused) return expectAnswer(real, this.toString(), refused);
    if (m.clients[this.index]!.connected) return expectAnswer(real, this.toString(), refusal('REL', this.index, 19));
    m.clients[this.index] = freshClientModel();
    await expectAnswer(real, this.toString(), OK);
  }
  toString(): string {
    return `AT+CMQTTREL=${this.index}`;
  }
}

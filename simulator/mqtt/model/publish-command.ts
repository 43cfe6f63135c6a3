import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { OK, clientId, clientRefusal, expectAnswer, refusal, type MqttModel, type Real } from './model.js';

/** AT+CMQTTPUB=<i>,<qos>,60: the typed topic with an empty message (18 without a topic); the broker gets it. */
export class PublishCommand implements AsyncCommand<MqttModel, Real> {
  constructor(
    readonly index: number,
    readonly qos: number,
  ) {}
  check(): boolean {
    return true;
  }
  async run(m: MqttModel, real: Real): Promise<void> {
    const refused = clientRefusal(m, 'PUB', this.index, true);
    if (refused) return expectAnswer(real, this.toString(), refused);
    const c = m.clients[this.index]!;
    const topic = c.topic;
    if (topic === undefined) return expectAnswer(real, this.toString(), refusal('PUB', this.index, 18));
    c.topic = undefined;
    const seen = real.broker.events.length;
    await expectAnswer(real, this.toString(), `${OK}\r\n+CMQTTPUB: ${this.index},0\r\n`, `+CMQTTPUB: ${this.index},`);
    const e = await real.broker.waitFor((x) => real.broker.events.indexOf(x) >= seen && x.kind === 'publish' && x.clientId === clientId(this.index) && x.topic === topic);
    expect(e.qos).toBe(this.qos);
  }
  toString(): string {
    return `AT+CMQTTPUB=${this.index},${this.qos},60`;
  }
}

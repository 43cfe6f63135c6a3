import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { clientRefusal, type MqttModel, type Real } from './model.js';

/** AT+CMQTTTOPIC=<i>,<len> and the topic typed at ">": kept for the next AT+CMQTTPUB. */
export class TopicCommand implements AsyncCommand<MqttModel, Real> {
  constructor(
    readonly index: number,
    readonly topic: string,
  ) {}
  check(): boolean {
    return true;
  }
  async run(m: MqttModel, real: Real): Promise<void> {
    const { h } = real;
    const line = `AT+CMQTTTOPIC=${this.index},${Buffer.byteLength(this.topic)}`;
    const refused = clientRefusal(m, 'TOPIC', this.index, true);
    h.take();
    h.send(line + '\r');
    await h.settle();
    if (!refused) h.send(Buffer.from(this.topic, 'utf8'));
    await h.finish();
    if (refused) return void expect(h.take(), line).toBe(refused);
    m.clients[this.index]!.topic = this.topic;
    expect(h.take(), line).toBe('\r\n> \r\nOK\r\n');
  }
  toString(): string {
    return `AT+CMQTTTOPIC=${this.index},${Buffer.byteLength(this.topic)} > ${this.topic}`;
  }
}

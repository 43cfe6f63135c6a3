import type { AsyncCommand } from 'fast-check';
import { ERROR, OK, expectAnswer, type MqttModel, type Real } from './model.js';

/** AT+CMQTTCFG="optimeout",<i>,<s>: for an acquired client before it connects, else ERROR. */
export class ConfigCommand implements AsyncCommand<MqttModel, Real> {
  constructor(
    readonly index: number,
    readonly seconds: number,
  ) {}
  check(): boolean {
    return true;
  }
  async run(m: MqttModel, real: Real): Promise<void> {
    const c = m.clients[this.index]!;
    if (!m.started || !c.acquired || c.connected) return expectAnswer(real, this.toString(), ERROR);
    c.opTimeout = this.seconds;
    await expectAnswer(real, this.toString(), OK);
  }
  toString(): string {
    return `AT+CMQTTCFG="optimeout",${this.index},${this.seconds}`;
  }
}

import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { OK, clientId, clientRefusal, expectAnswer, refusal, type MqttModel, type Real } from './model.js';

/** AT+CMQTTCONNECT=<i>,"tcp://127.0.0.1:<broker>",60,1: OK, then "+CMQTTCONNECT: <i>,0" (19 when connected). */
export class ConnectCommand implements AsyncCommand<MqttModel, Real> {
  constructor(readonly index: number) {}
  check(): boolean {
    return true;
  }
  line(real: Real): string {
    return `AT+CMQTTCONNECT=${this.index},"tcp://127.0.0.1:${real.broker.port}",60,1`;
  }
  async run(m: MqttModel, real: Real): Promise<void> {
    const refused = clientRefusal(m, 'CONNECT', this.index, false);
    if (refused) return expectAnswer(real, this.line(real), refused);
    const c = m.clients[this.index]!;
    if (c.connected) return expectAnswer(real, this.line(real), refusal('CONNECT', this.index, 19));
    c.connected = true;
    await expectAnswer(real, this.line(real), `${OK}\r\n+CMQTTCONNECT: ${this.index},0\r\n`, `+CMQTTCONNECT: ${this.index},`);
    expect(real.broker.connects.get(clientId(this.index))?.keepalive).toBe(60);
  }
  toString(): string {
    return `AT+CMQTTCONNECT=${this.index},"tcp://127.0.0.1:<broker>",60,1`;
  }
}

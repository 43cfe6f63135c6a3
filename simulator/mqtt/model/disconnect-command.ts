import type { AsyncCommand } from 'fast-check';
import { OK, clientRefusal, expectAnswer, type MqttModel, type Real } from './model.js';

/** AT+CMQTTDISC=<i>,60: OK, then "+CMQTTDISC: <i>,0" (11 when not connected). */
export class DisconnectCommand implements AsyncCommand<MqttModel, Real> {
  constructor(readonly index: number) {}
  check(): boolean {
    return true;
  }
  async run(m: MqttModel, real: Real): Promise<void> {
    const refused = clientRefusal(m, 'DISC', this.index, true);
    if (refused) return expectAnswer(real, this.toString(), refused);
    m.clients[this.index]!.connected = false;
    await expectAnswer(real, this.toString(), `${OK}\r\n+CMQTTDISC: ${this.index},0\r\n`, `+CMQTTDISC: ${this.index},`);
  }
  toString(): string {
    return `AT+CMQTTDISC=${this.index},60`;
  }
}

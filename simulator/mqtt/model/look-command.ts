import type { AsyncCommand } from 'fast-check';
import { ERROR, clientId, expectAnswer, type MqttModel, type Real } from './model.js';

/** The read forms: AT+CMQTTACCQ?, AT+CMQTTDISC?, AT+CMQTTCFG? (ERROR while the service is stopped). */
export class LookCommand implements AsyncCommand<MqttModel, Real> {
  constructor(readonly what: 'ACCQ' | 'DISC' | 'CFG') {}
  check(): boolean {
    return true;
  }
  async run(m: MqttModel, real: Real): Promise<void> {
    if (!m.started) return expectAnswer(real, this.toString(), ERROR);
    const lines = m.clients.map((c, i) => {
      if (this.what === 'ACCQ') return `+CMQTTACCQ: ${i},"${c.acquired ? clientId(i) : ''}",0`;
      if (this.what === 'DISC') return `+CMQTTDISC: ${i},${c.connected ? 0 : 1}`;
      return `+CMQTTCFG: ${i},1,${c.opTimeout}`;
    });
    await expectAnswer(real, this.toString(), `\r\n${lines.join('\r\n')}\r\n\r\nOK\r\n`);
  }
  toString(): string {
    return `AT+CMQTT${this.what}?`;
  }
}

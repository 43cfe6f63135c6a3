import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { ModemControl } from '../../control/control.js';
import type { MqttModel, Real } from './model.js';

/** The server closes client <i>'s connection (control "mqtt drop"): "+CMQTTCONNLOST: <i>,1", the client stays acquired. */
export class DropCommand implements AsyncCommand<MqttModel, Real> {
  constructor(readonly index: number) {}
  check(m: Readonly<MqttModel>): boolean {
    return m.started && m.clients[this.index]!.connected;
  }
  async run(m: MqttModel, real: Real): Promise<void> {
    const { h } = real;
    h.take();
    await new ModemControl(h.modem).run('mqtt drop', { client: this.index });
    await h.waitForOutput('+CMQTTCONNLOST');
    m.clients[this.index]!.connected = false;
    expect(h.take()).toBe(`\r\n+CMQTTCONNLOST: ${this.index},1\r\n`);
  }
  toString(): string {
    return `(server closes client ${this.index})`;
  }
}

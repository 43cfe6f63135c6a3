import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { ERROR, OK, type MqttModel, type Real } from './model.js';

/** AT+CMQTTSTART (once; "+CMQTTSTART: 0" after the start-up) or AT+CMQTTSTOP (no client acquired, else 19). */
export class ServiceCommand implements AsyncCommand<MqttModel, Real> {
  constructor(readonly start: boolean) {}
  check(): boolean {
    return true;
  }
  async run(m: MqttModel, real: Real): Promise<void> {
    const { h } = real;
    const line = this.toString();
    const out = (await h.command(line)) + (await h.advance(1000), h.take());
    if (this.start) {
      if (m.started) return void expect(out, line).toBe(ERROR);
      m.started = true;
      return void expect(out, line).toBe(`${OK}\r\n+CMQTTSTART: 0\r\n`);
    }
    if (!m.started) return void expect(out, line).toBe(ERROR);
    if (m.clients.some((c) => c.acquired)) return void expect(out, line).toBe(`\r\n+CMQTTSTOP: 19\r\n${ERROR}`);
    m.started = false;
    expect(out, line).toBe(`${OK}\r\n+CMQTTSTOP: 0\r\n`);
  }
  toString(): string {
    return this.start ? 'AT+CMQTTSTART' : 'AT+CMQTTSTOP';
  }
}

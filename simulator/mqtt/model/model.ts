// The model the MQTT service's model-based test checks the simulator against, written from the
// manual (chapter 16) and independent of the simulator's code: whether the service is started,
// and per client index whether it is acquired, connected (to the test's broker), and which
// publish topic has been typed. Each command predicts the module's exact answer from it.

import { expect } from 'vitest';
import type { TestBroker } from '../testing/broker.js';
import type { ModemHarness } from '../../testing/harness.js';

export interface ClientModel {
  acquired: boolean;
  connected: boolean;
  /** The topic typed with AT+CMQTTTOPIC, until AT+CMQTTPUB uses it. */
  topic?: string;
  /** AT+CMQTTCFG "optimeout", seconds. */
  opTimeout: number;
}

export interface MqttModel {
  started: boolean;
  clients: [ClientModel, ClientModel];
}

export interface Real {
  h: ModemHarness;
  broker: TestBroker;
}

export function freshClientModel(): ClientModel {
  return { acquired: false, connected: false, opTimeout: 120 };
}

export function initialModel(): MqttModel {
  return { started: false, clients: [freshClientModel(), freshClientModel()] };
}

export const OK = '\r\nOK\r\n';
export const ERROR = '\r\nERROR\r\n';

/** "+CMQTT<cmd>: <i>,<err>" then ERROR. */
export function refusal(name: string, index: number, err: number): string {
  return `\r\n+CMQTT${name}: ${index},${err}\r\n${ERROR}`;
}

/** The refusal every client command makes before its own checks, or undefined when none applies. */
export function clientRefusal(m: MqttModel, name: string, index: number, needsConnection: boolean): string | undefined {
  if (!m.started) return ERROR;
  const c = m.clients[index]!;
  if (!c.acquired) return refusal(name, index, 20);
  if (needsConnection && !c.connected) return refusal(name, index, 11);
  return undefined;
}

/** The module's client id for index `i` (one per index, so the broker never kicks one out). */
export function clientId(index: number): string {
  return `model-${index}`;
}

/** Sends `line`; when `urc` is given, waits (real time) for it; compares everything printed with `expected`. */
export async function expectAnswer(real: Real, line: string, expected: string, urc?: string): Promise<void> {
  const { h } = real;
  h.take();
  h.send(line + '\r');
  if (urc) await h.waitForOutput(urc);
  await h.finish();
  expect(h.take(), line).toBe(expected);
}

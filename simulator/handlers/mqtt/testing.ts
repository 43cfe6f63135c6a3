// Shared steps of the chapter 16 tests: a registered module with the MQTT service started, a
// client connected to a real broker, text typed at the `>` prompt.

import { ModemHarness } from '../../testing/harness.js';

/** A module registered (context 1 up), echo off, the MQTT service started. */
export async function startedModem(options: { start?: boolean } = {}): Promise<ModemHarness> {
  const h = await ModemHarness.start();
  await h.advance(10_000);
  await h.command('ATE0');
  if (options.start ?? true) {
    await h.command('AT+CMQTTSTART');
    await h.advance(1000);
    h.take();
  }
  return h;
}

/**
 * Sends a command line and waits (real time) until what it causes from a real peer matches
 * `until`; returns everything printed since (the final result code and the URC).
 */
export async function commandUntil(h: ModemHarness, line: string, until: string | RegExp): Promise<string> {
  h.take();
  h.send(line + '\r');
  await h.waitForOutput(until);
  await h.settle();
  return h.take();
}

/** Runs a command that prompts, types `data` (exactly the announced length), returns everything printed. */
export async function withInput(h: ModemHarness, command: string, data: string | Buffer): Promise<string> {
  h.take();
  h.send(command + '\r');
  await h.settle();
  h.send(data);
  await h.finish();
  return h.take();
}

/** withInput, then waits (real time) for output matching `until`; returns everything printed. */
export async function inputUntil(h: ModemHarness, command: string, data: string | Buffer, until: string | RegExp): Promise<string> {
  h.take();
  h.send(command + '\r');
  await h.settle();
  h.send(data);
  await h.waitForOutput(until);
  await h.settle();
  return h.take();
}

/** Client `index` acquired as `clientId` and connected to the broker on 127.0.0.1:`port`. */
export async function connectedClient(h: ModemHarness, port: number, index = 0, clientId = `client${index}`, extra = ''): Promise<void> {
  await h.command(`AT+CMQTTACCQ=${index},"${clientId}"`);
  const out = await commandUntil(h, `AT+CMQTTCONNECT=${index},"tcp://127.0.0.1:${port}",60,1${extra}`, `+CMQTTCONNECT: ${index},`);
  if (!out.includes(`+CMQTTCONNECT: ${index},0`)) throw new Error(`client ${index} did not connect: ${JSON.stringify(out)}`);
}

/** Subscribes client `index` to `filter` and waits for the SUBACK. */
export async function subscribed(h: ModemHarness, index: number, filter: string, qos = 0): Promise<void> {
  const out = await inputUntil(h, `AT+CMQTTSUB=${index},${Buffer.byteLength(filter)},${qos}`, filter, `+CMQTTSUB: ${index},`);
  if (!out.includes(`+CMQTTSUB: ${index},0`)) throw new Error(`client ${index} did not subscribe: ${JSON.stringify(out)}`);
}

/** Publishes `payload` on `topic` from client `index` (TOPIC, PAYLOAD, PUB); returns the PUB's output up to its URC. */
export async function published(h: ModemHarness, index: number, topic: string, payload: string, qos = 0, extra = ''): Promise<string> {
  await withInput(h, `AT+CMQTTTOPIC=${index},${Buffer.byteLength(topic)}`, topic);
  if (payload !== '') await withInput(h, `AT+CMQTTPAYLOAD=${index},${Buffer.byteLength(payload)}`, payload);
  return commandUntil(h, `AT+CMQTTPUB=${index},${qos},60${extra}`, `+CMQTTPUB: ${index},`);
}

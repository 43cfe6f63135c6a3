// Chapter 16 against a real MQTT broker (aedes) on loopback: the module's MQTT client connects,
// subscribes, publishes at QoS 0/1/2 and receives what others publish.

import { afterEach, describe, expect, it } from 'vitest';
import { mqttBroker, type TestBroker } from '../../mqtt/testing/broker.js';
import type { ModemHarness } from '../../testing/harness.js';
import { commandUntil, connectedClient, inputUntil, published, startedModem, subscribed } from './testing.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function broker(): Promise<TestBroker> {
  const b = await mqttBroker();
  cleanups.push(() => b.close());
  return b;
}

async function modem(): Promise<ModemHarness> {
  const h = await startedModem();
  cleanups.push(() => h.modem.powerOff());
  return h;
}

describe('a client of the module and a real broker', () => {
  it('connects with its client id, keepalive and clean session, as MQTT 3.1 by default', async () => {
    const b = await broker();
    const h = await modem();
    expect(await h.command('AT+CMQTTACCQ=0,"a12mmmm"')).toBe('\r\nOK\r\n');
    expect(await commandUntil(h, `AT+CMQTTCONNECT=0,"tcp://127.0.0.1:${b.port}",20,1`, '+CMQTTCONNECT: 0,')).toBe('\r\nOK\r\n\r\n+CMQTTCONNECT: 0,0\r\n');
    expect(b.connects.get('a12mmmm')).toMatchObject({ protocolId: 'MQIsdp', protocolVersion: 3, keepalive: 20, clean: true });
    expect(await h.command('AT+CMQTTCONNECT?')).toBe(`\r\n+CMQTTCONNECT: 0,"tcp://127.0.0.1:${b.port}",20,1\r\n+CMQTTCONNECT: 1\r\n\r\nOK\r\n`);
    expect(await h.command('AT+CMQTTDISC?')).toBe('\r\n+CMQTTDISC: 0,0\r\n+CMQTTDISC: 1,1\r\n\r\nOK\r\n');
  });

  it('receives what a peer publishes to its subscription, framed as §16.4 gives it', async () => {
    const b = await broker();
    const h = await modem();
    await connectedClient(h, b.port);
    await subscribed(h, 0, 'simcommsg', 1);
    const peer = await b.peer('peer');
    peer.publish('simcommsg', 'HELLO!', { qos: 1 });
    const out = await h.waitForOutput('+CMQTTRXEND: 0');
    expect(out).toBe('\r\n+CMQTTRXSTART: 0,9,6\r\n+CMQTTRXTOPIC: 0,9\r\nsimcommsg\r\n+CMQTTRXPAYLOAD: 0,6\r\nHELLO!\r\n+CMQTTRXEND: 0\r\n');
  });

  it('publishes at QoS 0, 1 and 2 with retain: the broker gets each, +CMQTTPUB: 0,0 once done', async () => {
    const b = await broker();
    const h = await modem();
    await connectedClient(h, b.port);
    for (const qos of [0, 1, 2]) {
      const out = await published(h, 0, `t/${qos}`, `message ${qos}`, qos, qos === 2 ? ',1' : '');
      expect(out).toContain('+CMQTTPUB: 0,0');
      const e = await b.waitFor((x) => x.kind === 'publish' && x.topic === `t/${qos}`);
      expect(e).toMatchObject({ qos, retain: qos === 2, clientId: 'client0' });
      expect(e.payload!.toString()).toBe(`message ${qos}`);
      h.take();
    }
    // The topic and payload are cleared by AT+CMQTTPUB.
    expect(await h.command('AT+CMQTTPUB=0,0,60')).toBe('\r\n+CMQTTPUB: 0,18\r\n\r\nERROR\r\n');
  });

  it('two simulated modems exchange messages through the broker', async () => {
    const b = await broker();
    const a = await modem();
    const c = await modem();
    await connectedClient(a, b.port, 0, 'modemA');
    await connectedClient(c, b.port, 1, 'modemB');
    await subscribed(c, 1, 'to/b', 2);
    await subscribed(a, 0, 'to/a', 1);
    await published(a, 0, 'to/b', 'ping from A', 2);
    expect(await c.waitForOutput('+CMQTTRXEND: 1')).toBe('\r\n+CMQTTRXSTART: 1,4,11\r\n+CMQTTRXTOPIC: 1,4\r\nto/b\r\n+CMQTTRXPAYLOAD: 1,11\r\nping from A\r\n+CMQTTRXEND: 1\r\n');
    c.take();
    await published(c, 1, 'to/a', 'pong from B', 1);
    expect(await a.waitForOutput('+CMQTTRXEND: 0')).toContain('+CMQTTRXPAYLOAD: 0,11\r\npong from B\r\n');
  });

  it('unsubscribes: nothing more arrives', async () => {
    const b = await broker();
    const h = await modem();
    await connectedClient(h, b.port);
    await subscribed(h, 0, 'news/#');
    expect(await h.command('AT+CMQTTSUB?')).toBe('\r\n+CMQTTSUB: "news/#"\r\n\r\nOK\r\n');
    expect(await inputUntil(h, 'AT+CMQTTUNSUB=0,6,0', 'news/#', '+CMQTTUNSUB: 0,')).toBe('\r\n> \r\nOK\r\n\r\n+CMQTTUNSUB: 0,0\r\n');
    expect(await h.command('AT+CMQTTSUB?')).toBe('\r\nOK\r\n');
    const peer = await b.peer('peer');
    await peer.publishAsync('news/today', 'x', { qos: 1 });
    await new Promise((r) => setTimeout(r, 50));
    expect(h.take()).toBe('');
  });

  it('disconnects, releases and stops', async () => {
    const b = await broker();
    const h = await modem();
    await connectedClient(h, b.port);
    expect(await commandUntil(h, 'AT+CMQTTDISC=0,120', '+CMQTTDISC: 0,')).toBe('\r\nOK\r\n\r\n+CMQTTDISC: 0,0\r\n');
    await b.waitFor((e) => e.kind === 'disconnect' && e.clientId === 'client0');
    expect(await h.command('AT+CMQTTSTOP')).toBe('\r\n+CMQTTSTOP: 19\r\n\r\nERROR\r\n');
    expect(await h.command('AT+CMQTTREL=0')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CMQTTSTOP')).toBe('\r\nOK\r\n');
    await h.advance(1000);
    expect(h.take()).toBe('\r\n+CMQTTSTOP: 0\r\n');
    expect(await h.command('AT+CMQTTACCQ?')).toBe('\r\nERROR\r\n');
  });
});

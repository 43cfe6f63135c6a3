// MQTT over TLS (manual §16.2.3 <server_type> 1, §16.2.5 AT+CMQTTSSLCFG, §16.2.8 note): a real
// broker behind node:tls on loopback, with a certificate of a test CA; the module connects with an
// SSL context of AT+CSSLCFG (chapter 17) and its certificate store.

import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mqttBroker, type TestBroker } from '../../mqtt/testing/broker.js';
import { certificatesOf } from '../../ssl/certificate-store.js';
import { testPki, type TestPki } from '../../ssl/testing/pki.js';
import type { ModemHarness } from '../../testing/harness.js';
import { commandUntil, published, startedModem, subscribed } from './testing.js';

let pki: TestPki;

beforeAll(async () => {
  pki = await testPki();
}, 60_000);

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function tlsBroker(): Promise<TestBroker> {
  const b = await mqttBroker({ tls: pki.server });
  cleanups.push(() => b.close());
  return b;
}

async function modem(): Promise<ModemHarness> {
  const h = await startedModem();
  cleanups.push(() => h.modem.powerOff());
  certificatesOf(h.modem).write('ca.pem', Buffer.from(pki.ca.cert));
  certificatesOf(h.modem).write('other.pem', Buffer.from(pki.stranger.cert));
  return h;
}

describe('MQTT over TLS', () => {
  it('a client of server type 1 connects with the SSL context numbered like it, subscribes and publishes', async () => {
    const b = await tlsBroker();
    const h = await modem();
    await h.command('AT+CSSLCFG="authmode",1,1;+CSSLCFG="cacert",1,"ca.pem"');
    expect(await h.command('AT+CMQTTACCQ=1,"secure1",1')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CMQTTACCQ?')).toBe('\r\n+CMQTTACCQ: 0,"",0\r\n+CMQTTACCQ: 1,"secure1",1\r\n\r\nOK\r\n');
    expect(await commandUntil(h, `AT+CMQTTCONNECT=1,"tcp://127.0.0.1:${b.port}",60,1`, '+CMQTTCONNECT: 1,')).toBe('\r\nOK\r\n\r\n+CMQTTCONNECT: 1,0\r\n');
    await subscribed(h, 1, 'secure/in', 1);
    const peer = await b.peer('peer');
    await peer.publishAsync('secure/in', 'over TLS', { qos: 1 });
    expect(await h.waitForOutput('+CMQTTRXEND: 1')).toContain('+CMQTTRXPAYLOAD: 1,8\r\nover TLS\r\n');
    h.take();
    expect(await published(h, 1, 'secure/out', 'back', 1)).toContain('+CMQTTPUB: 1,0');
    await b.waitFor((e) => e.kind === 'publish' && e.topic === 'secure/out');
    // Power-off ends the TLS connection: the broker sees the module go.
    h.modem.powerOff();
    await b.waitFor((e) => e.kind === 'disconnect' && e.clientId === 'secure1');
  });

  it('AT+CMQTTSSLCFG chooses another context; a failed connect clears it', async () => {
    const b = await tlsBroker();
    const h = await modem();
    await h.command('AT+CSSLCFG="authmode",5,1;+CSSLCFG="cacert",5,"ca.pem"');
    await h.command('AT+CSSLCFG="authmode",0,1;+CSSLCFG="cacert",0,"other.pem"');
    await h.command('AT+CMQTTACCQ=0,"secure0",1');
    // Context 0 trusts another CA: the handshake is refused (32).
    expect(await commandUntil(h, `AT+CMQTTCONNECT=0,"tcp://127.0.0.1:${b.port}",60,1`, '+CMQTTCONNECT: 0,')).toBe('\r\nOK\r\n\r\n+CMQTTCONNECT: 0,32\r\n');
    expect(await h.command('AT+CMQTTSSLCFG=0,5')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CMQTTSSLCFG?')).toBe('\r\n+CMQTTSSLCFG: 0,5\r\n+CMQTTSSLCFG: 1,\r\n\r\nOK\r\n');
    expect(await commandUntil(h, `AT+CMQTTCONNECT=0,"tcp://127.0.0.1:${b.port}",60,1`, '+CMQTTCONNECT: 0,')).toBe('\r\nOK\r\n\r\n+CMQTTCONNECT: 0,0\r\n');
    // Connected: the context cannot change now; AT+CMQTTDISC clears it.
    expect(await h.command('AT+CMQTTSSLCFG=0,3')).toBe('\r\nERROR\r\n');
    await commandUntil(h, 'AT+CMQTTDISC=0,60', '+CMQTTDISC: 0,0');
    expect(await h.command('AT+CMQTTSSLCFG?')).toBe('\r\n+CMQTTSSLCFG: 0,\r\n+CMQTTSSLCFG: 1,\r\n\r\nOK\r\n');
    // A context naming a certificate the store lacks: 33 "not set certificate"; the failure clears AT+CMQTTSSLCFG.
    await h.command('AT+CSSLCFG="authmode",7,1;+CSSLCFG="cacert",7,"missing.pem"');
    await h.command('AT+CMQTTSSLCFG=0,7');
    expect(await commandUntil(h, `AT+CMQTTCONNECT=0,"tcp://127.0.0.1:${b.port}",60,1`, '+CMQTTCONNECT: 0,')).toBe('\r\nOK\r\n\r\n+CMQTTCONNECT: 0,33\r\n');
    expect(await h.command('AT+CMQTTSSLCFG?')).toBe('\r\n+CMQTTSSLCFG: 0,\r\n+CMQTTSSLCFG: 1,\r\n\r\nOK\r\n');
  });

  it('an ssl:// address is TLS whatever the server type; a plain client to a TLS broker gets no CONNACK', async () => {
    const b = await tlsBroker();
    const h = await modem();
    await h.command('AT+CMQTTACCQ=0,"plain"');
    expect(await commandUntil(h, `AT+CMQTTCONNECT=0,"ssl://127.0.0.1:${b.port}",60,1`, '+CMQTTCONNECT: 0,')).toBe('\r\nOK\r\n\r\n+CMQTTCONNECT: 0,0\r\n');
    await commandUntil(h, 'AT+CMQTTDISC=0', '+CMQTTDISC: 0,0');
    expect(await commandUntil(h, `AT+CMQTTCONNECT=0,"tcp://127.0.0.1:${b.port}",60,1`, '+CMQTTCONNECT: 0,')).toMatch(/^\r\nOK\r\n\r\n\+CMQTTCONNECT: 0,(26|17)\r\n$/);
  });
});

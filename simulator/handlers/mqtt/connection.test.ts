// The life of a connection (manual §16.2.8, §16.2.9, §16.4) against real servers on loopback:
// refusals of the CONNACK, sockets that do not connect, servers that go away or stop answering,
// the will, the keepalive on the module's clock, and the network going (+CMQTTNONET).

import { afterEach, describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { tcpServer } from '../../internet/testing/servers.js';
import { mqttBroker, type BrokerOptions, type TestBroker } from '../../mqtt/testing/broker.js';
import type { ModemHarness } from '../../testing/harness.js';
import { commandUntil, connectedClient, inputUntil, startedModem, subscribed, withInput } from './testing.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function broker(options?: BrokerOptions): Promise<TestBroker> {
  const b = await mqttBroker(options);
  cleanups.push(() => b.close());
  return b;
}

async function modem(): Promise<ModemHarness> {
  const h = await startedModem();
  cleanups.push(() => h.modem.powerOff());
  return h;
}

/** A real TCP server that plays an MQTT server which accepts CONNECT (or stays silent) and then never answers again. */
async function silentServer(connack: boolean) {
  const s = await tcpServer((socket) => {
    socket.once('data', () => {
      if (connack) socket.write(Buffer.from([0x20, 0x02, 0x00, 0x00]));
    });
  });
  cleanups.push(() => s.close());
  return s;
}

describe('connecting', () => {
  it('CONNACK refusals are <err> 27-31: bad user name or password is 30', async () => {
    const b = await broker({
      authenticate: (_c, user, pass, done) => {
        const ok = user === 'alice' && pass?.toString() === 'secret';
        done(ok ? null : Object.assign(new Error('bad'), { returnCode: 4 as const }), ok);
      },
    });
    const h = await modem();
    await h.command('AT+CMQTTACCQ=0,"c0"');
    expect(await commandUntil(h, `AT+CMQTTCONNECT=0,"tcp://127.0.0.1:${b.port}",60,1,"alice","wrong"`, '+CMQTTCONNECT: 0,')).toBe('\r\nOK\r\n\r\n+CMQTTCONNECT: 0,30\r\n');
    expect(await h.command('AT+CMQTTDISC?')).toBe('\r\n+CMQTTDISC: 0,1\r\n+CMQTTDISC: 1,1\r\n\r\nOK\r\n');
    expect(await commandUntil(h, `AT+CMQTTCONNECT=0,"tcp://127.0.0.1:${b.port}",60,0,"alice","secret"`, '+CMQTTCONNECT: 0,')).toBe('\r\nOK\r\n\r\n+CMQTTCONNECT: 0,0\r\n');
    expect(b.connects.get('c0')).toMatchObject({ username: 'alice', password: 'secret', clean: false });
    expect(await h.command('AT+CMQTTCONNECT?')).toBe(`\r\n+CMQTTCONNECT: 0,"tcp://127.0.0.1:${b.port}",60,0,"alice","secret"\r\n+CMQTTCONNECT: 1\r\n\r\nOK\r\n`);
  });

  it('a client id the server rejects is 28; MQTT 3.1.1 (AT+CMQTTCFG "version",4) is sent as such', async () => {
    const b = await broker({
      authenticate: (client, _u, _p, done) => {
        const ok = client.id.length <= 8;
        done(ok ? null : Object.assign(new Error('id'), { returnCode: 2 as const }), ok);
      },
    });
    const h = await modem();
    await h.command('AT+CMQTTACCQ=0,"a-very-long-client-identifier"');
    expect(await commandUntil(h, `AT+CMQTTCONNECT=0,"tcp://127.0.0.1:${b.port}",60,1`, '+CMQTTCONNECT: 0,')).toContain('+CMQTTCONNECT: 0,28\r\n');
    await h.command('AT+CMQTTACCQ=1,"short"');
    expect(await h.command('AT+CMQTTCFG="version",1,4')).toBe('\r\nOK\r\n');
    expect(await commandUntil(h, `AT+CMQTTCONNECT=1,"tcp://127.0.0.1:${b.port}",60,1`, '+CMQTTCONNECT: 1,')).toContain('+CMQTTCONNECT: 1,0\r\n');
    expect(b.connects.get('short')).toMatchObject({ protocolId: 'MQTT', protocolVersion: 4 });
  });

  it('a port nothing listens on is 3 (sock connect fail); a name nobody resolves is 25 (DNS error)', async () => {
    const h = await modem();
    const s = await tcpServer();
    const port = s.port;
    await s.close();
    await h.command('AT+CMQTTACCQ=0,"c0"');
    expect(await commandUntil(h, `AT+CMQTTCONNECT=0,"tcp://127.0.0.1:${port}",60,1`, '+CMQTTCONNECT: 0,')).toBe('\r\nOK\r\n\r\n+CMQTTCONNECT: 0,3\r\n');
    expect(await commandUntil(h, 'AT+CMQTTCONNECT=0,"tcp://no.such.host.invalid",60,1', '+CMQTTCONNECT: 0,')).toBe('\r\nOK\r\n\r\n+CMQTTCONNECT: 0,25\r\n');
  });

  it('an address that never answers fails after <optimeout_val> of the module clock; a server that never sends CONNACK is 17', async () => {
    const h = await modem();
    h.clock.outsideWaitMs = 100;
    await h.command('AT+CMQTTACCQ=0,"c0"');
    await h.command('AT+CMQTTCFG="optimeout",0,30');
    expect(await h.command('AT+CMQTTCONNECT=0,"tcp://10.20.30.40:1883",60,1')).toBe('\r\nOK\r\n');
    await h.advance(29_000);
    expect(h.take()).toBe('');
    await h.advance(1000);
    expect(h.take()).toBe('\r\n+CMQTTCONNECT: 0,3\r\n');
    const s = await silentServer(false);
    expect(await h.command(`AT+CMQTTCONNECT=0,"tcp://127.0.0.1:${s.port}",60,1`)).toBe('\r\nOK\r\n');
    await s.bytes(10);
    await h.advance(29_000);
    expect(h.take()).toBe('');
    await h.advance(1000);
    expect(h.take()).toBe('\r\n+CMQTTCONNECT: 0,17\r\n');
  });

  it('refuses before sending anything: not acquired 20, connected 19, a bad address ERROR', async () => {
    const b = await broker();
    const h = await modem();
    expect(await h.command(`AT+CMQTTCONNECT=1,"tcp://127.0.0.1:${b.port}",60,1`)).toBe('\r\n+CMQTTCONNECT: 1,20\r\n\r\nERROR\r\n');
    await connectedClient(h, b.port);
    expect(await h.command(`AT+CMQTTCONNECT=0,"tcp://127.0.0.1:${b.port}",60,1`)).toBe('\r\n+CMQTTCONNECT: 0,19\r\n\r\nERROR\r\n');
    await h.command('AT+CMQTTACCQ=1,"c1"');
    expect(await h.command('AT+CMQTTCONNECT=1,"http://127.0.0.1:1883",60,1')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CMQTTCONNECT=1,"tcp://a",60,1')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CMQTTCONNECT=1,"tcp://127.0.0.1:1883",0,1')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CMQTTCONNECT=1,"tcp://127.0.0.1:1883",60,1,""')).toBe('\r\nERROR\r\n');
  });
});

describe('losing the connection', () => {
  it('a broker that goes away (reset): +CMQTTCONNLOST: 0,2; the client stays acquired and connects again', async () => {
    const b = await broker();
    const h = await modem();
    await connectedClient(h, b.port);
    b.goAway();
    expect(await h.waitForOutput('+CMQTTCONNLOST')).toBe('\r\n+CMQTTCONNLOST: 0,2\r\n');
    h.take();
    expect(await h.command('AT+CMQTTCONNECT?')).toBe('\r\n+CMQTTCONNECT: 0\r\n+CMQTTCONNECT: 1\r\n\r\nOK\r\n');
    expect(await h.command('AT+CMQTTACCQ?')).toBe('\r\n+CMQTTACCQ: 0,"client0",0\r\n+CMQTTACCQ: 1,"",0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CMQTTDISC=0')).toBe('\r\n+CMQTTDISC: 0,11\r\n\r\nERROR\r\n');
    const again = await broker();
    expect(await commandUntil(h, `AT+CMQTTCONNECT=0,"tcp://127.0.0.1:${again.port}",60,1`, '+CMQTTCONNECT: 0,')).toContain('+CMQTTCONNECT: 0,0');
  });

  it('a broker that closes the connection: +CMQTTCONNLOST: 0,1', async () => {
    const b = await broker();
    const h = await modem();
    await connectedClient(h, b.port);
    b.closeConnections();
    expect(await h.waitForOutput('+CMQTTCONNLOST')).toBe('\r\n+CMQTTCONNLOST: 0,1\r\n');
  });

  it('pings every <keepalive_time> of the module clock; a server that stops answering is lost (cause 1)', async () => {
    const b = await broker();
    const h = await modem();
    await h.command('AT+CMQTTACCQ=0,"pinger"');
    await commandUntil(h, `AT+CMQTTCONNECT=0,"tcp://127.0.0.1:${b.port}",20,1`, '+CMQTTCONNECT: 0,');
    await h.advance(19_000);
    expect(b.events.some((e) => e.kind === 'ping')).toBe(false);
    await h.advance(1000);
    await b.waitFor((e) => e.kind === 'ping' && e.clientId === 'pinger');
    h.clock.outsideWaitMs = 100;
    const s = await silentServer(true);
    await h.command('AT+CMQTTACCQ=1,"c1"');
    await commandUntil(h, `AT+CMQTTCONNECT=1,"tcp://127.0.0.1:${s.port}",10,1`, '+CMQTTCONNECT: 1,');
    await h.advance(14_000);
    expect(h.take()).toBe('');
    await h.advance(1000);
    await h.waitForOutput('+CMQTTCONNLOST');
    expect(h.take()).toBe('\r\n+CMQTTCONNLOST: 1,1\r\n');
  });

  it('the network goes: +CMQTTCONNLOST: <i>,3 for each connected client, then +CMQTTNONET; the service must start again', async () => {
    const b = await broker();
    const h = await modem();
    await connectedClient(h, b.port, 0);
    await connectedClient(h, b.port, 1);
    await new ModemControl(h.modem).run('set coverage', { on: false });
    await h.settle();
    expect(h.take()).toContain('\r\n+CMQTTCONNLOST: 0,3\r\n\r\n+CMQTTCONNLOST: 1,3\r\n\r\n+CMQTTNONET\r\n');
    expect(await h.command('AT+CMQTTACCQ?')).toBe('\r\nERROR\r\n');
    await b.waitFor((e) => e.kind === 'disconnect' && e.clientId === 'client1');
  });
});

describe('the will', () => {
  it('is sent with CONNECT and published by the broker when the module drops off without DISCONNECT', async () => {
    const b = await broker();
    const h = await modem();
    const observer = await b.peer('observer');
    const wills: string[] = [];
    observer.on('message', (topic, payload) => wills.push(`${topic}=${payload.toString()}`));
    await observer.subscribeAsync('status/#', { qos: 1 });
    await h.command('AT+CMQTTACCQ=0,"dev1"');
    expect(await withInput(h, 'AT+CMQTTWILLTOPIC=0,11', 'status/dev1')).toBe('\r\n> \r\nOK\r\n');
    expect(await withInput(h, 'AT+CMQTTWILLMSG=0,7,1', 'offline')).toBe('\r\n> \r\nOK\r\n');
    await commandUntil(h, `AT+CMQTTCONNECT=0,"tcp://127.0.0.1:${b.port}",60,1`, '+CMQTTCONNECT: 0,');
    expect(b.connects.get('dev1')?.will).toMatchObject({ topic: 'status/dev1', qos: 1 });
    await new ModemControl(h.modem).run('mqtt drop', { client: 0 });
    await h.waitForOutput('+CMQTTCONNLOST: 0,1');
    await b.waitFor((e) => e.kind === 'disconnect' && e.clientId === 'dev1');
    for (let i = 0; i < 100 && wills.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(wills).toEqual(['status/dev1=offline']);
  });

  it('is not published after AT+CMQTTDISC', async () => {
    const b = await broker();
    const h = await modem();
    const observer = await b.peer('observer');
    const wills: string[] = [];
    observer.on('message', (topic) => wills.push(topic));
    await observer.subscribeAsync('status/#', { qos: 1 });
    await h.command('AT+CMQTTACCQ=0,"dev2"');
    await withInput(h, 'AT+CMQTTWILLTOPIC=0,11', 'status/dev2');
    await withInput(h, 'AT+CMQTTWILLMSG=0,7,0', 'offline');
    await commandUntil(h, `AT+CMQTTCONNECT=0,"tcp://127.0.0.1:${b.port}",60,1`, '+CMQTTCONNECT: 0,');
    await commandUntil(h, 'AT+CMQTTDISC=0,60', '+CMQTTDISC: 0,0');
    await b.waitFor((e) => e.kind === 'disconnect' && e.clientId === 'dev2');
    await new Promise((r) => setTimeout(r, 50));
    expect(wills).toEqual([]);
  });
});

describe('clean session', () => {
  it('0: the broker keeps the subscription and the QoS 1 messages of a client that was away', async () => {
    const b = await broker();
    const h = await modem();
    await h.command('AT+CMQTTACCQ=0,"keeper"');
    await commandUntil(h, `AT+CMQTTCONNECT=0,"tcp://127.0.0.1:${b.port}",60,0`, '+CMQTTCONNECT: 0,0');
    await subscribed(h, 0, 'inbox', 1);
    await commandUntil(h, 'AT+CMQTTDISC=0,60', '+CMQTTDISC: 0,0');
    const peer = await b.peer('sender');
    await peer.publishAsync('inbox', 'while you were away', { qos: 1 });
    const out = await commandUntil(h, `AT+CMQTTCONNECT=0,"tcp://127.0.0.1:${b.port}",60,0`, '+CMQTTRXEND: 0');
    expect(out).toBe('\r\nOK\r\n\r\n+CMQTTCONNECT: 0,0\r\n\r\n+CMQTTRXSTART: 0,5,19\r\n+CMQTTRXTOPIC: 0,5\r\ninbox\r\n+CMQTTRXPAYLOAD: 0,19\r\nwhile you were away\r\n+CMQTTRXEND: 0\r\n');
  });

  it('1: the broker forgets the client when it goes', async () => {
    const b = await broker();
    const h = await modem();
    await h.command('AT+CMQTTACCQ=0,"forgetful"');
    await commandUntil(h, `AT+CMQTTCONNECT=0,"tcp://127.0.0.1:${b.port}",60,1`, '+CMQTTCONNECT: 0,0');
    await subscribed(h, 0, 'inbox', 1);
    await commandUntil(h, 'AT+CMQTTDISC=0,60', '+CMQTTDISC: 0,0');
    const peer = await b.peer('sender');
    await peer.publishAsync('inbox', 'lost', { qos: 1 });
    expect(await commandUntil(h, `AT+CMQTTCONNECT=0,"tcp://127.0.0.1:${b.port}",60,1`, '+CMQTTCONNECT: 0,')).toBe('\r\nOK\r\n\r\n+CMQTTCONNECT: 0,0\r\n');
    await new Promise((r) => setTimeout(r, 50));
    expect(h.take()).toBe('');
  });
});

describe('receiving', () => {
  it('a QoS 2 message arrives once; a long payload is split into parts of 1500 bytes', async () => {
    const b = await broker();
    const h = await modem();
    await connectedClient(h, b.port);
    await subscribed(h, 0, 'big', 2);
    const peer = await b.peer('peer');
    const payload = Buffer.alloc(3200, 'x');
    await peer.publishAsync('big', payload, { qos: 2 });
    const out = await h.waitForOutput('+CMQTTRXEND: 0');
    expect(out).toBe(
      `\r\n+CMQTTRXSTART: 0,3,3200\r\n+CMQTTRXTOPIC: 0,3\r\nbig\r\n+CMQTTRXPAYLOAD: 0,1500\r\n${'x'.repeat(1500)}\r\n+CMQTTRXPAYLOAD: 0,1500\r\n${'x'.repeat(1500)}\r\n+CMQTTRXPAYLOAD: 0,200\r\n${'x'.repeat(200)}\r\n+CMQTTRXEND: 0\r\n`,
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(h.take().match(/\+CMQTTRXSTART/g)).toHaveLength(1);
  });

  it('a retained message arrives when the subscription is made; a SUBACK refusal is <err> 1', async () => {
    const b = await broker({ authorizeSubscribe: (_c, sub, done) => (sub.topic === 'secret' ? done(null, null) : done(null, sub)) });
    const peer = await b.peer('peer');
    await peer.publishAsync('config', 'v=2', { qos: 1, retain: true });
    const h = await modem();
    await connectedClient(h, b.port);
    // The SUBACK comes first, then the retained message: their URCs keep that order.
    expect(await inputUntil(h, 'AT+CMQTTSUB=0,6,1', 'config', '+CMQTTRXEND: 0')).toBe(
      '\r\n> \r\nOK\r\n\r\n+CMQTTSUB: 0,0\r\n\r\n+CMQTTRXSTART: 0,6,3\r\n+CMQTTRXTOPIC: 0,6\r\nconfig\r\n+CMQTTRXPAYLOAD: 0,3\r\nv=2\r\n+CMQTTRXEND: 0\r\n',
    );
    expect(await inputUntil(h, 'AT+CMQTTSUB=0,6,1', 'secret', '+CMQTTSUB: 0,')).toBe('\r\n> \r\nOK\r\n\r\n+CMQTTSUB: 0,1\r\n');
    expect(await h.command('AT+CMQTTSUB?')).toBe('\r\n+CMQTTSUB: "config"\r\n\r\nOK\r\n');
  });
});

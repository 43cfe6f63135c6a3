// The commands of chapter 16 one by one: the service, clients, settings, the `>` input and the
// answers the manual gives for each refusal.

import { afterEach, describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { mqttBroker, type TestBroker } from '../../mqtt/testing/broker.js';
import { ModemHarness } from '../../testing/harness.js';
import { commandUntil, connectedClient, startedModem, withInput } from './testing.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function broker(): Promise<TestBroker> {
  const b = await mqttBroker();
  cleanups.push(() => b.close());
  return b;
}

async function modem(start = true): Promise<ModemHarness> {
  const h = await startedModem({ start });
  cleanups.push(() => h.modem.powerOff());
  return h;
}

describe('without AT+CMQTTSTART', () => {
  it('"the Write/Read Command of any other MQTT will return ERROR immediately"', async () => {
    const h = await modem(false);
    for (const line of [
      'AT+CMQTTSTOP',
      'AT+CMQTTACCQ=0,"x"',
      'AT+CMQTTACCQ?',
      'AT+CMQTTREL=0',
      'AT+CMQTTREL?',
      'AT+CMQTTSSLCFG=0,1',
      'AT+CMQTTSSLCFG?',
      'AT+CMQTTWILLTOPIC=0,3',
      'AT+CMQTTWILLMSG=0,3,1',
      'AT+CMQTTCONNECT=0,"tcp://127.0.0.1:1883",60,1',
      'AT+CMQTTCONNECT?',
      'AT+CMQTTDISC=0',
      'AT+CMQTTDISC?',
      'AT+CMQTTTOPIC=0,3',
      'AT+CMQTTPAYLOAD=0,3',
      'AT+CMQTTPUB=0,1,60',
      'AT+CMQTTSUB=0,3,1',
      'AT+CMQTTSUB?',
      'AT+CMQTTUNSUB=0,3,0',
      'AT+CMQTTCFG="optimeout",0,30',
      'AT+CMQTTCFG?',
    ]) {
      expect(await h.command(line), line).toBe('\r\nERROR\r\n');
    }
  });

  it('the test forms answer from the manual', async () => {
    const h = await modem(false);
    expect(await h.command('AT+CMQTTCONNECT=?')).toBe('\r\n+CMQTTCONNECT: (0-1),(9-256),(1-64800),(0-1)[,<user_name>,<pass_word>]\r\n\r\nOK\r\n');
    expect(await h.command('AT+CMQTTPAYLOAD=?')).toBe('\r\n+CMQTTPAYLOAD: (0-1),(1-4096)\r\n\r\nOK\r\n');
    expect(await h.command('AT+CMQTTCFG=?')).toBe(
      '\r\n+CMQTTCFG: "checkUTF8",(0-1),(0-1)\r\n+CMQTTCFG: "optimeout",(0-1),(20-120)\r\n+CMQTTCFG: "version",(0-1),(3-4)\r\n+CMQTTCFG: "cid",(1-n)\r\n+CMQTTCFG: "scid",(0-1),(1-n)\r\n\r\nOK\r\n',
    );
  });
});

describe('AT+CMQTTSTART / AT+CMQTTSTOP', () => {
  it('start on context 1 (already up), once; stop', async () => {
    const h = await modem(false);
    expect(await h.command('AT+CMQTTSTART')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CMQTTSTART')).toBe('\r\nERROR\r\n');
    await h.advance(199);
    expect(h.take()).toBe('');
    await h.advance(1);
    expect(h.take()).toBe('\r\n+CMQTTSTART: 0\r\n');
    expect(await h.command('AT+CMQTTSTART')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CMQTTSTOP=2')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CMQTTSTOP')).toBe('\r\nOK\r\n');
    await h.advance(200);
    expect(h.take()).toBe('\r\n+CMQTTSTOP: 0\r\n');
    expect(await h.command('AT+CMQTTSTOP')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CGACT?')).toContain('+CGACT: 1,1');
  });

  it('AT+CMQTTSTART=<cid> activates a context that is not up, AT+CMQTTSTOP=<cid> releases it', async () => {
    const h = await modem(false);
    await h.command('AT+CGDCONT=2,"IP","internet"');
    expect(await h.command('AT+CMQTTSTART=2')).toBe('\r\nOK\r\n');
    await h.advance(5000);
    expect(h.take()).toBe('\r\n+CMQTTSTART: 0,2\r\n');
    expect(await h.command('AT+CGACT?')).toContain('+CGACT: 2,1');
    expect(await h.command('AT+CMQTTSTOP=2')).toBe('\r\nOK\r\n');
    await h.advance(1000);
    expect(h.take()).toBe('\r\n+CMQTTSTOP: 0,2\r\n');
    expect(await h.command('AT+CGACT?')).toContain('+CGACT: 2,0');
  });

  it('AT+CMQTTCFG="cid" chooses the context of AT+CMQTTSTART; one that cannot come up is 7', async () => {
    const h = await modem(false);
    expect(await h.command('AT+CMQTTCFG="cid"')).toBe('\r\n+CMQTTCFG: "CID",1\r\n\r\nOK\r\n');
    expect(await h.command('AT+CMQTTCFG="cid",3')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CMQTTCFG="cid"')).toBe('\r\n+CMQTTCFG: "CID",3\r\n\r\nOK\r\n');
    expect(await h.command('AT+CMQTTCFG="cid",16')).toBe('\r\nERROR\r\n');
    // Context 3 is not defined: it cannot be activated.
    expect(await h.command('AT+CMQTTSTART')).toBe('\r\nOK\r\n\r\n+CMQTTSTART: 7\r\n');
    expect(await h.command('AT+CMQTTACCQ?')).toBe('\r\nERROR\r\n');
  });

  it('not registered: +CMQTTSTART: 7', async () => {
    const h = await ModemHarness.start();
    cleanups.push(() => h.modem.powerOff());
    await h.command('ATE0');
    await h.command('AT+CFUN=0');
    expect(await h.command('AT+CMQTTSTART')).toBe('\r\nOK\r\n\r\n+CMQTTSTART: 7\r\n');
  });
});

describe('AT+CMQTTACCQ / AT+CMQTTREL', () => {
  it('acquires each index once, lists them, releases them', async () => {
    const h = await modem();
    expect(await h.command('AT+CMQTTACCQ?')).toBe('\r\n+CMQTTACCQ: 0,"",0\r\n+CMQTTACCQ: 1,"",0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CMQTTACCQ=0,"dev-0"')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CMQTTACCQ=0,"again"')).toBe('\r\n+CMQTTACCQ: 0,19\r\n\r\nERROR\r\n');
    expect(await h.command('AT+CMQTTACCQ=1,""')).toBe('\r\nERROR\r\n');
    expect(await h.command(`AT+CMQTTACCQ=1,"${'x'.repeat(129)}"`)).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CMQTTACCQ=2,"x"')).toBe('\r\nERROR\r\n');
    expect(await h.command(`AT+CMQTTACCQ=1,"${'y'.repeat(128)}",1`)).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CMQTTACCQ?')).toBe(`\r\n+CMQTTACCQ: 0,"dev-0",0\r\n+CMQTTACCQ: 1,"${'y'.repeat(128)}",1\r\n\r\nOK\r\n`);
    expect(await h.command('AT+CMQTTREL?')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CMQTTREL=0')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CMQTTREL=0')).toBe('\r\n+CMQTTREL: 0,20\r\n\r\nERROR\r\n');
    expect(await h.command('AT+CMQTTACCQ?')).toBe(`\r\n+CMQTTACCQ: 0,"",0\r\n+CMQTTACCQ: 1,"${'y'.repeat(128)}",1\r\n\r\nOK\r\n`);
  });

  it('a connected client is not released: 19', async () => {
    const b = await broker();
    const h = await modem();
    await connectedClient(h, b.port);
    expect(await h.command('AT+CMQTTREL=0')).toBe('\r\n+CMQTTREL: 0,19\r\n\r\nERROR\r\n');
  });
});

describe('AT+CMQTTCFG', () => {
  it('per client, after AT+CMQTTACCQ and before AT+CMQTTCONNECT; cleared by AT+CMQTTREL', async () => {
    const h = await modem();
    expect(await h.command('AT+CMQTTCFG?')).toBe('\r\n+CMQTTCFG: 0,1,120\r\n+CMQTTCFG: 1,1,120\r\n\r\nOK\r\n');
    expect(await h.command('AT+CMQTTCFG="optimeout",0,24')).toBe('\r\nERROR\r\n');
    await h.command('AT+CMQTTACCQ=0,"c0"');
    expect(await h.command('AT+CMQTTCFG="optimeout",0,24')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CMQTTCFG="checkUTF8",0,0')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CMQTTCFG="version",0,4')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CMQTTCFG="optimeout",0,19')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CMQTTCFG="version",0,5')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CMQTTCFG="other",0,5')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CMQTTCFG?')).toBe('\r\n+CMQTTCFG: 0,0,24\r\n+CMQTTCFG: 1,1,120\r\n\r\nOK\r\n');
    await h.command('AT+CMQTTREL=0');
    expect(await h.command('AT+CMQTTCFG?')).toBe('\r\n+CMQTTCFG: 0,1,120\r\n+CMQTTCFG: 1,1,120\r\n\r\nOK\r\n');
  });

  it('"scid": each client\'s context, the service\'s by default', async () => {
    const h = await modem();
    expect(await h.command('AT+CMQTTCFG="scid"')).toBe('\r\n+CMQTTCFG: "SCID",0,1\r\n+CMQTTCFG: "SCID",1,1\r\n\r\nOK\r\n');
    expect(await h.command('AT+CMQTTCFG="scid",1,4')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CMQTTCFG="scid",1')).toBe('\r\n+CMQTTCFG: "SCID",1,4\r\n\r\nOK\r\n');
    // Context 4 is not up: client 1 cannot connect over it (9 "network not opened").
    await h.command('AT+CMQTTACCQ=1,"c1"');
    expect(await commandUntil(h, 'AT+CMQTTCONNECT=1,"tcp://127.0.0.1:1883",60,1', '+CMQTTCONNECT: 1,')).toBe('\r\nOK\r\n\r\n+CMQTTCONNECT: 1,9\r\n');
  });
});

describe('the > input', () => {
  it('needs a connection (11), takes exactly <req_length> bytes (binary), checks UTF-8 unless told not to', async () => {
    const b = await broker();
    const h = await modem();
    await h.command('AT+CMQTTACCQ=0,"c0"');
    expect(await h.command('AT+CMQTTTOPIC=0,5')).toBe('\r\n+CMQTTTOPIC: 0,11\r\n\r\nERROR\r\n');
    expect(await h.command('AT+CMQTTSUB=0,5,0')).toBe('\r\n+CMQTTSUB: 0,11\r\n\r\nERROR\r\n');
    expect(await h.command('AT+CMQTTTOPIC=1,5')).toBe('\r\n+CMQTTTOPIC: 1,20\r\n\r\nERROR\r\n');
    await commandUntil(h, `AT+CMQTTCONNECT=0,"tcp://127.0.0.1:${b.port}",60,1`, '+CMQTTCONNECT: 0,0');
    expect(await withInput(h, 'AT+CMQTTTOPIC=0,2', Buffer.from([0xc3, 0x28]))).toBe('\r\n> \r\n+CMQTTTOPIC: 0,2\r\n\r\nERROR\r\n');
    expect(await withInput(h, 'AT+CMQTTTOPIC=0,4', Buffer.from('a/\u00e9', 'utf8'))).toBe('\r\n> \r\nOK\r\n');
    // The message: CR, LF and Ctrl-Z are data.
    expect(await withInput(h, 'AT+CMQTTPAYLOAD=0,7', 'l1\r\nl2\x1a')).toBe('\r\n> \r\nOK\r\n');
    expect(await commandUntil(h, 'AT+CMQTTPUB=0,1,60', '+CMQTTPUB: 0,')).toBe('\r\nOK\r\n\r\n+CMQTTPUB: 0,0\r\n');
    const e = await b.waitFor((x) => x.kind === 'publish' && x.clientId === 'c0');
    expect(e.topic).toBe('a/\u00e9');
    expect(e.payload).toEqual(Buffer.from('l1\r\nl2\x1a', 'latin1'));
  });

  it('binary payloads pass with checkUTF8 0; an empty message is published when none was typed', async () => {
    const b = await broker();
    const h = await modem();
    await h.command('AT+CMQTTACCQ=0,"c0"');
    await h.command('AT+CMQTTCFG="checkUTF8",0,0');
    await commandUntil(h, `AT+CMQTTCONNECT=0,"tcp://127.0.0.1:${b.port}",60,1`, '+CMQTTCONNECT: 0,0');
    await withInput(h, 'AT+CMQTTTOPIC=0,3', 'bin');
    expect(await withInput(h, 'AT+CMQTTPAYLOAD=0,3', Buffer.from([0xff, 0x00, 0xfe]))).toBe('\r\n> \r\nOK\r\n');
    await commandUntil(h, 'AT+CMQTTPUB=0,0,60', '+CMQTTPUB: 0,0');
    expect((await b.waitFor((x) => x.kind === 'publish' && x.topic === 'bin')).payload).toEqual(Buffer.from([0xff, 0x00, 0xfe]));
    await withInput(h, 'AT+CMQTTTOPIC=0,5', 'empty');
    await commandUntil(h, 'AT+CMQTTPUB=0,0,60', '+CMQTTPUB: 0,0');
    expect((await b.waitFor((x) => x.kind === 'publish' && x.topic === 'empty')).payload).toEqual(Buffer.alloc(0));
  });

  it('input that does not come within <optimeout_val> answers ERROR; the topic is not set', async () => {
    const b = await broker();
    const h = await modem();
    await connectedClient(h, b.port);
    h.send('AT+CMQTTTOPIC=0,5\r');
    await h.settle();
    h.send('ab');
    await h.advance(119_000);
    expect(h.take()).toBe('\r\n> ');
    await h.advance(1000);
    expect(h.take()).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CMQTTPUB=0,0,60')).toBe('\r\n+CMQTTPUB: 0,18\r\n\r\nERROR\r\n');
  });

  it('a publish the server does not acknowledge in <pub_timeout> is 17', async () => {
    const h = await modem();
    // The server never answers: virtual time waits for it only briefly.
    h.clock.outsideWaitMs = 100;
    const { tcpServer } = await import('../../internet/testing/servers.js');
    // A real server that accepts CONNECT and then never answers again.
    const s = await tcpServer((socket) => socket.once('data', () => socket.write(Buffer.from([0x20, 0x02, 0x00, 0x00]))));
    cleanups.push(() => s.close());
    await h.command('AT+CMQTTACCQ=0,"c0"');
    await commandUntil(h, `AT+CMQTTCONNECT=0,"tcp://127.0.0.1:${s.port}",600,1`, '+CMQTTCONNECT: 0,0');
    await withInput(h, 'AT+CMQTTTOPIC=0,1', 't');
    expect(await h.command('AT+CMQTTPUB=0,1,60')).toBe('\r\nOK\r\n');
    await h.advance(59_000);
    expect(h.take()).toBe('');
    await h.advance(1000);
    expect(h.take()).toBe('\r\n+CMQTTPUB: 0,17\r\n');
  });
});

describe('AT+CMQTTPUB on the wire', () => {
  it('<qos>, <retained> and <dup> are the PUBLISH fixed header\'s flags (MQTT 3.1.1 §3.3.1)', async () => {
    const h = await modem();
    const { tcpServer } = await import('../../internet/testing/servers.js');
    // A real server that accepts CONNECT and acknowledges the QoS 1 PUBLISH (packet id from its variable header).
    const s = await tcpServer((socket) => {
      let connected = false;
      socket.on('data', (d) => {
        if (!connected) {
          connected = true;
          socket.write(Buffer.from([0x20, 0x02, 0x00, 0x00]));
        } else if ((d[0]! & 0xf0) === 0x30) {
          const topicLength = d.readUInt16BE(2);
          socket.write(Buffer.concat([Buffer.from([0x40, 0x02]), d.subarray(4 + topicLength, 6 + topicLength)]));
        }
      });
    });
    cleanups.push(() => s.close());
    await h.command('AT+CMQTTACCQ=0,"wire"');
    await commandUntil(h, `AT+CMQTTCONNECT=0,"tcp://127.0.0.1:${s.port}",60,1`, '+CMQTTCONNECT: 0,0');
    const connect = Buffer.concat(s.received[0]!);
    // CONNECT: protocol "MQIsdp" level 3 (MQTT 3.1, the default), clean session, keepalive 60, client id.
    expect(connect.subarray(2, 12)).toEqual(Buffer.from([0x00, 0x06, ...Buffer.from('MQIsdp'), 0x03, 0x02]));
    expect(connect.readUInt16BE(12)).toBe(60);
    await withInput(h, 'AT+CMQTTTOPIC=0,3', 'a/b');
    await withInput(h, 'AT+CMQTTPAYLOAD=0,2', 'hi');
    expect(await commandUntil(h, 'AT+CMQTTPUB=0,1,60,1,1', '+CMQTTPUB: 0,')).toBe('\r\nOK\r\n\r\n+CMQTTPUB: 0,0\r\n');
    const publish = Buffer.concat(s.received[0]!).subarray(connect.length);
    // 0x30 PUBLISH | 0x08 DUP | 0x02 QoS 1 | 0x01 RETAIN; topic, packet id, payload.
    expect(publish[0]).toBe(0x3b);
    expect(publish.subarray(2, 7)).toEqual(Buffer.from([0x00, 0x03, ...Buffer.from('a/b')]));
    expect(publish.subarray(publish.length - 2).toString()).toBe('hi');
  });
});

describe('control actions', () => {
  it('"mqtt status" shows the clients; "mqtt drop --reset" resets a connection', async () => {
    const b = await broker();
    const h = await modem();
    await connectedClient(h, b.port, 1, 'ctl');
    const control = new ModemControl(h.modem);
    const status = (await control.run('mqtt status', {})) as { service: { status: string }; clients: Array<{ connection: string; acquired: { clientId: string } | null }> };
    expect(status.service.status).toBe('started');
    expect(status.clients[1]).toMatchObject({ connection: 'connected', acquired: { clientId: 'ctl' } });
    await control.run('mqtt drop', { client: 1, reset: true });
    expect(await h.waitForOutput('+CMQTTCONNLOST')).toBe('\r\n+CMQTTCONNLOST: 1,2\r\n');
    await expect(control.run('mqtt drop', { client: 1 })).rejects.toThrow(/no connection/);
  });
});

// AT+HTTPDATA (§14.2.7): the DOWNLOAD prompt, exactly <size> bytes, the <time> limit; and
// AT+HTTPPARA (§14.2.3): what it checks.

import { afterEach, describe, expect, it } from 'vitest';
import { commandThen, httpModem } from '../../http/testing/modem.js';
import { httpServer } from '../../http/testing/servers.js';
import type { ModemHarness } from '../../testing/harness.js';

const closers: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

async function modem(): Promise<ModemHarness> {
  const h = await httpModem();
  closers.push(() => h.modem.powerOff());
  return h;
}

describe('AT+HTTPDATA', () => {
  it('prints DOWNLOAD, takes exactly <size> bytes (binary, Ctrl-Z and ESC included), then OK', async () => {
    const s = await httpServer((req, res) => res.end(req.body));
    closers.push(() => s.close());
    const h = await modem();
    await h.command(`AT+HTTPPARA="URL","http://127.0.0.1:${s.port}/"`);
    expect(await h.command('AT+HTTPDATA=6,10')).toBe('\r\nDOWNLOAD\r\n');
    h.send(Buffer.from([0x41, 0x1a, 0x1b, 0x0d, 0x0a, 0xff]));
    await h.finish();
    expect(h.take()).toBe('\r\nOK\r\n');
    await commandThen(h, 'AT+HTTPACTION=1', '+HTTPACTION:');
    expect((await s.request()).body).toEqual(Buffer.from([0x41, 0x1a, 0x1b, 0x0d, 0x0a, 0xff]));
  });

  it('the port stays blocked until <time>, then ERROR; nothing of the partial input is kept', async () => {
    const h = await modem();
    expect(await h.command('AT+HTTPDATA=3,10')).toBe('\r\nDOWNLOAD\r\n');
    h.send('ab');
    await h.finish();
    expect(h.take()).toBe('');
    await h.advance(9_999);
    expect(h.take()).toBe('');
    await h.advance(1);
    await h.settle();
    expect(h.take()).toBe('\r\nERROR\r\n');
    const service = h.modem.state.http.service;
    expect(service.status === 'started' && service.postData).toBeFalsy();
  });

  it('replaces the data an earlier AT+HTTPDATA gave', async () => {
    const h = await modem();
    for (const data of ['first', 'second!']) {
      await h.command(`AT+HTTPDATA=${data.length},10`);
      h.send(data);
      await h.finish();
    }
    const service = h.modem.state.http.service;
    expect(service.status === 'started' && service.postData?.toString()).toBe('second!');
  });

  it('checks <size> 1-153600 and <time> 10-65535', async () => {
    const h = await modem();
    for (const line of ['AT+HTTPDATA=0,10', 'AT+HTTPDATA=153601,10', 'AT+HTTPDATA=10,9', 'AT+HTTPDATA=10,65536', 'AT+HTTPDATA=10']) {
      expect(await h.command(line), line).toBe('\r\nERROR\r\n');
    }
  });
});

describe('AT+HTTPPARA', () => {
  it('sets each parameter the manual lists; the test form is OK', async () => {
    const h = await modem();
    expect(await h.command('AT+HTTPPARA=?')).toBe('\r\nOK\r\n');
    for (const line of [
      'AT+HTTPPARA="URL","https://www.example.com:8443/api?q=1"',
      'AT+HTTPPARA="CONNECTTO",20',
      'AT+HTTPPARA="RECVTO",2',
      'AT+HTTPPARA="CONTENT","application/x-www-form-urlencoded"',
      'AT+HTTPPARA="ACCEPT","text/html"',
      'AT+HTTPPARA="SSLCFG",9',
      'AT+HTTPPARA="USERDATA","X-Key: 1"',
      'AT+HTTPPARA="READMODE",1',
      'at+httppara="url","HTTP://a.b"',
    ]) {
      expect(await h.command(line), line).toBe('\r\nOK\r\n');
    }
    const service = h.modem.state.http.service;
    expect(service.status === 'started' && service.params).toEqual({
      url: 'HTTP://a.b',
      connectTimeoutS: 20,
      recvTimeoutS: 2,
      contentType: 'application/x-www-form-urlencoded',
      accept: 'text/html',
      sslCfg: 9,
      userData: 'X-Key: 1',
      readMode: 1,
    });
  });

  it('refuses values out of range, unknown tags and URLs that are not http(s)', async () => {
    const h = await modem();
    for (const line of [
      'AT+HTTPPARA="CONNECTTO",19',
      'AT+HTTPPARA="CONNECTTO",121',
      'AT+HTTPPARA="RECVTO",1',
      'AT+HTTPPARA="SSLCFG",10',
      'AT+HTTPPARA="READMODE",2',
      'AT+HTTPPARA="TIMEOUT",30',
      'AT+HTTPPARA="URL","ftp://a.b/"',
      'AT+HTTPPARA="URL","www.baidu.com"',
      'AT+HTTPPARA="URL","http://"',
      'AT+HTTPPARA="URL","http://a.b:70000/"',
      `AT+HTTPPARA="CONTENT","${'x'.repeat(257)}"`,
      'AT+HTTPPARA="URL"',
    ]) {
      expect(await h.command(line), line).toBe('\r\nERROR\r\n');
    }
  });
});

// AT+HTTPPOSTFILE and AT+HTTPREADFILE (§14.2.8-14.2.9) against real servers, with the module's
// file system (simulator/fs/).

import { afterEach, describe, expect, it } from 'vitest';
import { fileSystemOf } from '../../fs/index.js';
import { commandThen, httpModem } from '../../http/testing/modem.js';
import { httpServer, rawServer, type HttpTestServer } from '../../http/testing/servers.js';
import type { ModemHarness } from '../../testing/harness.js';

const closers: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

async function echoServer(): Promise<HttpTestServer> {
  const s = await httpServer((req, res) => res.end(`${req.method} ${req.url} ${req.headers['content-type'] ?? '-'} [${req.body.toString()}]`));
  closers.push(() => s.close());
  return s;
}

async function modemFor(port: number): Promise<ModemHarness> {
  const h = await httpModem();
  closers.push(() => h.modem.powerOff());
  await h.command(`AT+HTTPPARA="URL","http://127.0.0.1:${port}/upload"`);
  return h;
}

const REQUEST_FILE = 'GET /from-file?x=1 HTTP/1.1\r\nHost: www.baidu.com\r\nX-From: file\r\n\r\n';

describe('AT+HTTPPOSTFILE', () => {
  it('<send_header> 0 (default): the file is the request, sent as it is; +HTTPPOSTFILE: <statuscode>,<len> without <method>', async () => {
    const s = await echoServer();
    const h = await modemFor(s.port);
    fileSystemOf(h.modem).write('C:/getbaidu.txt', Buffer.from(REQUEST_FILE));
    expect(await commandThen(h, 'AT+HTTPPOSTFILE="getbaidu.txt",1', '+HTTPPOSTFILE:')).toBe('\r\nOK\r\n\r\n+HTTPPOSTFILE: 200,23\r\n');
    const req = await s.request();
    expect(req).toMatchObject({ method: 'GET', url: '/from-file?x=1' });
    expect(req.rawHeaders).toEqual(['Host', 'www.baidu.com', 'X-From', 'file']);
    expect(await h.command('AT+HTTPREAD=0,100')).toBe('\r\nOK\r\n\r\n+HTTPREAD: 23\r\nGET /from-file?x=1 - []\r\n+HTTPREAD: 0\r\n');
  });

  it('<send_header> 0 with <method>: the method replaces the file\'s; +HTTPPOSTFILE: <method>,<statuscode>,<len>', async () => {
    const s = await echoServer();
    const h = await modemFor(s.port);
    fileSystemOf(h.modem).write('C:/req.txt', Buffer.from('GET /x HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc'));
    expect(await commandThen(h, 'AT+HTTPPOSTFILE="req.txt",1,4', '+HTTPPOSTFILE:')).toBe('\r\nOK\r\n\r\n+HTTPPOSTFILE: 4,200,14\r\n');
    expect(await s.request()).toMatchObject({ method: 'PUT', url: '/x' });
    expect((await s.request()).body.toString()).toBe('abc');
  });

  it('<send_header> 1: the file is the content of a request the module composes (POST without <method>)', async () => {
    const s = await echoServer();
    const h = await modemFor(s.port);
    await h.command('AT+HTTPPARA="CONTENT","application/octet-stream"');
    fileSystemOf(h.modem).write('C:/data.bin', Buffer.from('payload'));
    expect(await commandThen(h, 'AT+HTTPPOSTFILE="data.bin",1,1,1', '+HTTPPOSTFILE:')).toBe('\r\nOK\r\n\r\n+HTTPPOSTFILE: 1,200,47\r\n');
    const req = await s.request();
    expect(req).toMatchObject({ method: 'POST', url: '/upload' });
    expect(req.headers['content-length']).toBe('7');
    expect(req.body.toString()).toBe('payload');
    await h.command('AT+HTTPPARA="CONTENT","text/plain"');
    expect(await commandThen(h, 'AT+HTTPPOSTFILE="data.bin",,,1', '+HTTPPOSTFILE:')).toBe('\r\nOK\r\n\r\n+HTTPPOSTFILE: 200,33\r\n');
    expect((await s.request(1)).method).toBe('POST');
  });

  it('707 when the file is missing; 708 when a <send_header> 0 file is not a request', async () => {
    const s = await echoServer();
    const h = await modemFor(s.port);
    expect(await commandThen(h, 'AT+HTTPPOSTFILE="none.txt"', '+HTTPPOSTFILE:')).toBe('\r\nOK\r\n\r\n+HTTPPOSTFILE: 707,0\r\n');
    expect(await commandThen(h, 'AT+HTTPPOSTFILE="none.txt",1,1', '+HTTPPOSTFILE:')).toBe('\r\nOK\r\n\r\n+HTTPPOSTFILE: 1,707,0\r\n');
    fileSystemOf(h.modem).write('C:/junk.txt', Buffer.from('this is not a request'));
    expect(await commandThen(h, 'AT+HTTPPOSTFILE="junk.txt"', '+HTTPPOSTFILE:')).toBe('\r\nOK\r\n\r\n+HTTPPOSTFILE: 708,0\r\n');
    expect(s.requests).toHaveLength(0);
  });

  it('a connection failure is +HTTPPOSTFILE: [<method>,]<errcode>,0', async () => {
    const h = await httpModem();
    closers.push(() => h.modem.powerOff());
    await h.command('AT+HTTPPARA="URL","http://unknown.invalid/"');
    fileSystemOf(h.modem).write('C:/data.bin', Buffer.from('x'));
    expect(await commandThen(h, 'AT+HTTPPOSTFILE="data.bin",1,1,1', '+HTTPPOSTFILE:')).toBe('\r\nOK\r\n\r\n+HTTPPOSTFILE: 1,713,0\r\n');
  });

  it('ERROR at once: <path> 2 ("Not supported"), no URL, out-of-range values, a request in progress', async () => {
    const silent = await rawServer(() => undefined);
    closers.push(() => silent.close());
    const h = await httpModem();
    closers.push(() => h.modem.powerOff());
    fileSystemOf(h.modem).write('C:/data.bin', Buffer.from('x'));
    expect(await h.command('AT+HTTPPOSTFILE="data.bin"')).toBe('\r\nERROR\r\n'); // no URL
    await h.command(`AT+HTTPPARA="URL","http://127.0.0.1:${silent.port}/"`);
    for (const line of ['AT+HTTPPOSTFILE="data.bin",2', 'AT+HTTPPOSTFILE="data.bin",3', 'AT+HTTPPOSTFILE="data.bin",1,5', 'AT+HTTPPOSTFILE="data.bin",1,1,2', `AT+HTTPPOSTFILE="${'a'.repeat(56)}"`]) {
      expect(await h.command(line), line).toBe('\r\nERROR\r\n');
    }
    expect(await h.command('AT+HTTPPOSTFILE="data.bin",1,1,1')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+HTTPPOSTFILE="data.bin",1,1,1')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+HTTPACTION=0')).toBe('\r\nERROR\r\n');
  });
});

describe('AT+HTTPREADFILE', () => {
  it('writes the whole content of the last response to C:/<filename>, then +HTTPREADFILE: 0', async () => {
    const s = await httpServer((_req, res) => res.end(Buffer.from([1, 2, 3, 0, 255, 13, 10])));
    closers.push(() => s.close());
    const h = await modemFor(s.port);
    await commandThen(h, 'AT+HTTPACTION=0', '+HTTPACTION:');
    await h.command('AT+HTTPREAD=0,3');
    expect(await commandThen(h, 'AT+HTTPREADFILE="readbaidu.dat"', '+HTTPREADFILE:')).toBe('\r\nOK\r\n\r\n+HTTPREADFILE: 0\r\n');
    const file = fileSystemOf(h.modem).read('C:/readbaidu.dat');
    expect(file.ok && file.value).toEqual(Buffer.from([1, 2, 3, 0, 255, 13, 10]));
    expect(await commandThen(h, 'AT+HTTPREADFILE="readbaidu.dat",1', '+HTTPREADFILE:')).toBe('\r\nOK\r\n\r\n+HTTPREADFILE: 0\r\n'); // replaced
    expect(await h.command('AT+FSLS')).toContain('readbaidu.dat');
  });

  it('the response of AT+HTTPPOSTFILE too', async () => {
    const s = await echoServer();
    const h = await modemFor(s.port);
    fileSystemOf(h.modem).write('C:/up.txt', Buffer.from('up'));
    await commandThen(h, 'AT+HTTPPOSTFILE="up.txt",1,1,1', '+HTTPPOSTFILE:');
    await commandThen(h, 'AT+HTTPREADFILE="answer.txt"', '+HTTPREADFILE:');
    const file = fileSystemOf(h.modem).read('C:/answer.txt');
    expect(file.ok && file.value.toString()).toBe('POST /upload text/plain [up]');
  });

  it('711 before any response; 707 for a name C: cannot take; ERROR for <path> 2', async () => {
    const s = await echoServer();
    const h = await modemFor(s.port);
    expect(await commandThen(h, 'AT+HTTPREADFILE="a.txt"', '+HTTPREADFILE:')).toBe('\r\nOK\r\n\r\n+HTTPREADFILE: 711\r\n');
    await commandThen(h, 'AT+HTTPACTION=0', '+HTTPACTION:');
    expect(await commandThen(h, 'AT+HTTPREADFILE="no/such/dir.txt"', '+HTTPREADFILE:')).toBe('\r\nOK\r\n\r\n+HTTPREADFILE: 707\r\n');
    expect(await commandThen(h, 'AT+HTTPREADFILE="D:/elsewhere.txt"', '+HTTPREADFILE:')).toBe('\r\nOK\r\n\r\n+HTTPREADFILE: 707\r\n');
    expect(await h.command('AT+HTTPREADFILE="a.txt",2')).toBe('\r\nERROR\r\n');
  });
});

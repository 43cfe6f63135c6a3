// AT+HTTPACTION (§14.2.4) against real HTTP servers on loopback: the request the module sends
// for each method, the +HTTPACTION report with the server's status and content length, the
// connection kept or closed (+HTTP_PEER_CLOSED, §14.4), and each failure's <errcode> (§14.3.2).

import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { commandThen, httpModem, nameServer } from '../../http/testing/modem.js';
import { httpServer, rawServer, type Handler, type HttpTestServer, type RawTestServer } from '../../http/testing/servers.js';
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

async function server(handler: Handler, options: { keepAliveMs?: number } = {}): Promise<HttpTestServer> {
  const s = await httpServer(handler, options);
  closers.push(() => s.close());
  return s;
}

async function raw(respond: Parameters<typeof rawServer>[0]): Promise<RawTestServer> {
  const s = await rawServer(respond);
  closers.push(() => s.close());
  return s;
}

async function modemFor(port: number, path = '/'): Promise<ModemHarness> {
  const h = await modem();
  expect(await h.command(`AT+HTTPPARA="URL","http://127.0.0.1:${port}${path}"`)).toBe('\r\nOK\r\n');
  return h;
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe('AT+HTTPACTION: requests and responses', () => {
  it('GET: OK, then +HTTPACTION: 0,<status>,<datalen>; the request names the server, path and query', async () => {
    const s = await server((_req, res) => {
      res.setHeader('Content-Type', 'text/html');
      res.end('<html>hello</html>');
    });
    const h = await modemFor(s.port, '/a/b.html?x=1&y=2');
    expect(await commandThen(h, 'AT+HTTPACTION=0', '+HTTPACTION:')).toBe('\r\nOK\r\n\r\n+HTTPACTION: 0,200,18\r\n');
    const req = await s.request();
    expect(req).toMatchObject({ method: 'GET', url: '/a/b.html?x=1&y=2', httpVersion: '1.1' });
    expect(req.rawHeaders).toEqual(['Host', `127.0.0.1:${s.port}`, 'Accept', '*/*', 'Connection', 'keep-alive']);
    expect(req.body.length).toBe(0);
  });

  it('names the server by its DNS name in Host, without the default port', async () => {
    const s = await server((_req, res) => res.end('ok'));
    const h = await modem();
    await nameServer(h, 'www.example.com', '93.184.216.34', s.port, 80);
    await h.command('AT+HTTPPARA="URL","http://www.example.com/index.html"');
    expect(await commandThen(h, 'AT+HTTPACTION=0', '+HTTPACTION:')).toBe('\r\nOK\r\n\r\n+HTTPACTION: 0,200,2\r\n');
    expect((await s.request()).rawHeaders.slice(0, 2)).toEqual(['Host', 'www.example.com']);
  });

  it('takes the manual\'s URL form http://server/path:port', async () => {
    const s = await server((req, res) => res.end(req.url));
    const h = await modem();
    await h.command(`AT+HTTPPARA="URL","http://127.0.0.1/dir/page:${s.port}"`);
    expect(await commandThen(h, 'AT+HTTPACTION=0', '+HTTPACTION:')).toContain('+HTTPACTION: 0,200,9');
    expect((await s.request()).url).toBe('/dir/page');
  });

  it('POST and PUT send the AT+HTTPDATA data with CONTENT as Content-Type; GET, HEAD and DELETE send none', async () => {
    const s = await server((req, res) => {
      if (req.method === 'HEAD') res.setHeader('Content-Length', '1234');
      res.end(req.method === 'HEAD' ? undefined : `${req.method}:${req.body.toString()}`);
    });
    const h = await modemFor(s.port, '/r');
    await h.command('AT+HTTPPARA="CONTENT","application/json"');
    await h.command('AT+HTTPDATA=13,10');
    h.send('{"temp":21.5}');
    await h.finish();
    h.take();
    const results: string[] = [];
    for (const m of [1, 4, 0, 2, 3]) results.push(await commandThen(h, `AT+HTTPACTION=${m}`, '+HTTPACTION:'));
    expect(results).toEqual([
      '\r\nOK\r\n\r\n+HTTPACTION: 1,200,18\r\n',
      '\r\nOK\r\n\r\n+HTTPACTION: 4,200,17\r\n',
      '\r\nOK\r\n\r\n+HTTPACTION: 0,200,4\r\n',
      '\r\nOK\r\n\r\n+HTTPACTION: 2,200,0\r\n', // HEAD: no content, whatever Content-Length says
      '\r\nOK\r\n\r\n+HTTPACTION: 3,200,7\r\n',
    ]);
    expect(s.requests.map((r) => [r.method, r.headers['content-type'], r.headers['content-length'], r.body.toString()])).toEqual([
      ['POST', 'application/json', '13', '{"temp":21.5}'],
      ['PUT', 'application/json', '13', '{"temp":21.5}'],
      ['GET', undefined, undefined, ''],
      ['HEAD', undefined, undefined, ''],
      ['DELETE', undefined, undefined, ''],
    ]);
    expect(await h.command('AT+HTTPREAD=0,100')).toBe('\r\nOK\r\n\r\n+HTTPREAD: 7\r\nDELETE:\r\n+HTTPREAD: 0\r\n');
  });

  it('POST without AT+HTTPDATA sends an empty content (Content-Length: 0)', async () => {
    const s = await server((req, res) => res.end(String(req.body.length)));
    const h = await modemFor(s.port);
    expect(await commandThen(h, 'AT+HTTPACTION=1', '+HTTPACTION:')).toBe('\r\nOK\r\n\r\n+HTTPACTION: 1,200,1\r\n');
    expect((await s.request()).headers['content-length']).toBe('0');
  });

  it('sends ACCEPT and the USERDATA header lines ("\\r\\n" as typed separates them)', async () => {
    const s = await server((_req, res) => res.end());
    const h = await modemFor(s.port);
    await h.command('AT+HTTPPARA="ACCEPT","application/json"');
    await h.command('AT+HTTPPARA="USERDATA","Authorization: Bearer abc123\\r\\nX-Device: modem-7"');
    await commandThen(h, 'AT+HTTPACTION=0', '+HTTPACTION:');
    const req = await s.request();
    expect(req.headers.accept).toBe('application/json');
    expect(req.headers.authorization).toBe('Bearer abc123');
    expect(req.headers['x-device']).toBe('modem-7');
  });

  it('multipart/form-data (or the manual\'s "mutipart"): the boundary header from the data\'s first line', async () => {
    const s = await server((_req, res) => res.end());
    const h = await modemFor(s.port);
    await h.command('AT+HTTPPARA="CONTENT","mutipart/form-data"');
    const body = '--XyZ42\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--XyZ42--\r\n';
    await h.command(`AT+HTTPDATA=${body.length},10`);
    h.send(body);
    await h.finish();
    await commandThen(h, 'AT+HTTPACTION=1', '+HTTPACTION:');
    const req = await s.request();
    expect(req.headers['content-type']).toBe('multipart/form-data; boundary=XyZ42');
    expect(req.body.toString()).toBe(body);
  });

  it('reports the server\'s status as it is: 404 with its content, 301 without following it', async () => {
    const s = await server((req, res) => {
      if (req.url === '/old') {
        res.writeHead(301, { Location: '/new' });
        res.end();
      } else {
        res.writeHead(404);
        res.end('no such page');
      }
    });
    const h = await modemFor(s.port, '/old');
    expect(await commandThen(h, 'AT+HTTPACTION=0', '+HTTPACTION:')).toBe('\r\nOK\r\n\r\n+HTTPACTION: 0,301,0\r\n');
    await h.command(`AT+HTTPPARA="URL","http://127.0.0.1:${s.port}/missing"`);
    expect(await commandThen(h, 'AT+HTTPACTION=0', '+HTTPACTION:')).toBe('\r\nOK\r\n\r\n+HTTPACTION: 0,404,12\r\n');
    expect(s.requests.map((r) => r.url)).toEqual(['/old', '/missing']);
  });

  it('takes a chunked response apart: <datalen> and AT+HTTPREAD are the content without the chunk framing', async () => {
    const s = await server((_req, res) => {
      res.setHeader('Transfer-Encoding', 'chunked');
      res.write('first part, ');
      setTimeout(() => {
        res.write('second part, ');
        res.end('end');
      }, 10);
    });
    const h = await modemFor(s.port);
    expect(await commandThen(h, 'AT+HTTPACTION=0', '+HTTPACTION:')).toBe('\r\nOK\r\n\r\n+HTTPACTION: 0,200,28\r\n');
    expect(await h.command('AT+HTTPREAD=0,100')).toBe('\r\nOK\r\n\r\n+HTTPREAD: 28\r\nfirst part, second part, end\r\n+HTTPREAD: 0\r\n');
    expect(await h.command('AT+HTTPHEAD')).toContain('Transfer-Encoding: chunked\r\n');
  });

  it('carries a large content whole (200 kB in many TCP segments)', async () => {
    const content = Buffer.alloc(200_000, 0);
    for (let i = 0; i < content.length; i++) content[i] = (i * 7) & 0xff;
    const s = await server((_req, res) => res.end(content));
    const h = await modemFor(s.port);
    expect(await commandThen(h, 'AT+HTTPACTION=0', '+HTTPACTION:')).toBe('\r\nOK\r\n\r\n+HTTPACTION: 0,200,200000\r\n');
    const out = await h.command('AT+HTTPREAD=150000,1000');
    expect(Buffer.from(out, 'latin1')).toEqual(Buffer.concat([Buffer.from('\r\nOK\r\n\r\n+HTTPREAD: 1000\r\n'), content.subarray(150_000, 151_000), Buffer.from('\r\n+HTTPREAD: 0\r\n')]));
  });

  it('a response read until the server closes: +HTTPACTION, then +HTTP_PEER_CLOSED', async () => {
    const s = await raw((_req, socket) => socket.end('HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end'));
    const h = await modemFor(s.port);
    expect(await commandThen(h, 'AT+HTTPACTION=0', '+HTTP_PEER_CLOSED')).toBe('\r\nOK\r\n\r\n+HTTPACTION: 0,200,13\r\n\r\n+HTTP_PEER_CLOSED\r\n');
  });

  it('keeps the connection for the next request; the server closing it is +HTTP_PEER_CLOSED; then a new one', async () => {
    const s = await server((_req, res) => res.end('x'));
    const h = await modemFor(s.port);
    await commandThen(h, 'AT+HTTPACTION=0', '+HTTPACTION:');
    await commandThen(h, 'AT+HTTPACTION=0', '+HTTPACTION:');
    expect(s.requests.map((r) => r.connection)).toEqual([0, 0]);
    s.dropConnections();
    expect(await h.waitForOutput('+HTTP_PEER_CLOSED')).toBe('\r\n+HTTP_PEER_CLOSED\r\n');
    h.take();
    expect(await commandThen(h, 'AT+HTTPACTION=0', '+HTTPACTION:')).toBe('\r\nOK\r\n\r\n+HTTPACTION: 0,200,1\r\n');
    expect(s.requests.map((r) => r.connection)).toEqual([0, 0, 1]);
  });

  it('"Connection: close" from the server: it closes after the response, +HTTP_PEER_CLOSED', async () => {
    const s = await server((_req, res) => {
      res.setHeader('Connection', 'close');
      res.end('bye');
    });
    const h = await modemFor(s.port);
    const out = await commandThen(h, 'AT+HTTPACTION=0', '+HTTP_PEER_CLOSED');
    expect(out).toBe('\r\nOK\r\n\r\n+HTTPACTION: 0,200,3\r\n\r\n+HTTP_PEER_CLOSED\r\n');
  });

  it('a second request while one is in progress is ERROR; so is a request without a URL', async () => {
    const s = await raw(() => undefined); // never answers
    const h = await modem();
    expect(await h.command('AT+HTTPACTION=0')).toBe('\r\nERROR\r\n');
    await h.command(`AT+HTTPPARA="URL","http://127.0.0.1:${s.port}/"`);
    h.send('AT+HTTPACTION=0\r');
    await h.settle();
    await expect.poll(() => s.received.length).toBe(1);
    expect(await h.command('AT+HTTPACTION=1')).toBe('\r\nERROR\r\n');
  });

  it('refuses a method out of 0-4', async () => {
    const h = await modem();
    expect(await h.command('AT+HTTPACTION=5')).toBe('\r\nERROR\r\n');
  });
});

describe('AT+HTTPACTION: failures', () => {
  it('713 for a name the network cannot resolve', async () => {
    const h = await modem();
    await h.command('AT+HTTPPARA="URL","http://no.such.host.example/"');
    expect(await commandThen(h, 'AT+HTTPACTION=0', '+HTTPACTION:')).toBe('\r\nOK\r\n\r\n+HTTPACTION: 0,713,0\r\n');
  });

  it('714 when the server refuses the connection', async () => {
    const h = await modemFor(await closedPort());
    expect(await commandThen(h, 'AT+HTTPACTION=0', '+HTTPACTION:')).toBe('\r\nOK\r\n\r\n+HTTPACTION: 0,714,0\r\n');
  });

  it('714 after CONNECTTO when nothing answers (an address no route reaches)', async () => {
    const h = await modem();
    await h.command('AT+HTTPPARA="URL","http://10.20.30.40/"');
    await h.command('AT+HTTPPARA="CONNECTTO",30');
    expect(await h.command('AT+HTTPACTION=0')).toBe('\r\nOK\r\n');
    await h.advance(29_999);
    expect(h.take()).toBe('');
    await h.advance(1);
    expect(h.take()).toBe('\r\n+HTTPACTION: 0,714,0\r\n');
  });

  it('705 after RECVTO without a byte from the server; the connection is closed', async () => {
    const s = await raw(() => undefined);
    const h = await modemFor(s.port);
    h.clock.outsideWaitMs = 100; // the server never answers: no need to wait for it in real time
    await h.command('AT+HTTPPARA="RECVTO",5');
    expect(await h.command('AT+HTTPACTION=0')).toBe('\r\nOK\r\n');
    await expect.poll(() => s.received.length).toBe(1);
    await h.advance(4_999);
    expect(h.take()).toBe('');
    await h.advance(1);
    expect(h.take()).toBe('\r\n+HTTPACTION: 0,705,0\r\n');
  });

  it('600 "Not HTTP PDU" for an answer that is not HTTP', async () => {
    const s = await raw((_req, socket) => socket.write('SSH-2.0-OpenSSH_9.6\r\n\r\n'));
    const h = await modemFor(s.port);
    expect(await commandThen(h, 'AT+HTTPACTION=0', '+HTTPACTION:')).toBe('\r\nOK\r\n\r\n+HTTPACTION: 0,600,0\r\n');
  });

  it('704 when the server closes before the end of the content, then +HTTP_PEER_CLOSED', async () => {
    const s = await raw((_req, socket) => socket.end('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly ten..'));
    const h = await modemFor(s.port);
    expect(await commandThen(h, 'AT+HTTPACTION=0', '+HTTP_PEER_CLOSED')).toBe('\r\nOK\r\n\r\n+HTTPACTION: 0,704,0\r\n\r\n+HTTP_PEER_CLOSED\r\n');
    expect(await h.command('AT+HTTPREAD?')).toBe('\r\nERROR\r\n');
  });

  it('the bearer lost during a request: +HTTP_NONET_EVENT and 717; 717 while it is down; back once the context is', async () => {
    const s = await raw(() => undefined);
    const h = await modemFor(s.port);
    h.send('AT+HTTPACTION=0\r');
    await h.settle();
    await expect.poll(() => s.received.length).toBe(1);
    await h.finish();
    h.take();
    await new ModemControl(h.modem).run('deactivate context', { cid: 1 });
    await h.waitForOutput('+HTTPACTION:');
    expect(h.take()).toBe('\r\n+HTTP_NONET_EVENT\r\n\r\n+HTTPACTION: 0,717,0\r\n');
    expect(await commandThen(h, 'AT+HTTPACTION=0', '+HTTPACTION:')).toBe('\r\nOK\r\n\r\n+HTTPACTION: 0,717,0\r\n');
    await h.command('AT+CGACT=1,1');
    const ok = await httpServer((_req, res) => res.end('back'));
    closers.push(() => ok.close());
    await h.command(`AT+HTTPPARA="URL","http://127.0.0.1:${ok.port}/"`);
    expect(await commandThen(h, 'AT+HTTPACTION=0', '+HTTPACTION:')).toBe('\r\nOK\r\n\r\n+HTTPACTION: 0,200,4\r\n');
  });

  it('+HTTP_NONET_EVENT once per loss, also with no request in progress (coverage lost)', async () => {
    const h = await modem();
    const control = new ModemControl(h.modem);
    await control.run('set coverage', { on: false });
    await h.settle();
    expect(h.take()).toContain('+HTTP_NONET_EVENT');
    await h.advance(1000);
    expect(h.take()).not.toContain('+HTTP_NONET_EVENT');
  });

  it('power-off during a request: nothing more is printed, nothing hangs', async () => {
    const s = await raw(() => undefined);
    const h = await modemFor(s.port);
    await h.command('AT+HTTPACTION=0');
    await expect.poll(() => s.received.length).toBe(1);
    h.modem.powerOff();
    await h.advance(100_000);
    expect(h.take()).toBe('');
  });

  it('602 "No memory" for a content longer than the module keeps; the connection is closed', async () => {
    let closed = false;
    const s = await raw((_req, socket) => {
      socket.on('close', () => (closed = true));
      socket.write('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n');
      const chunk = Buffer.concat([Buffer.from('100000\r\n'), Buffer.alloc(0x100000, 0x7a), Buffer.from('\r\n')]);
      const pump = () => {
        while (!socket.destroyed && socket.write(chunk));
        if (!socket.destroyed) socket.once('drain', pump);
      };
      pump();
    });
    const h = await modemFor(s.port);
    expect(await commandThen(h, 'AT+HTTPACTION=0', '+HTTPACTION:')).toBe('\r\nOK\r\n\r\n+HTTPACTION: 0,602,0\r\n');
    await expect.poll(() => closed).toBe(true);
  });
});

describe('AT+HTTPACTION on the service\'s own context', () => {
  it('a service started on context 2 rides its bearer: context 1 going does not touch it', async () => {
    const s = await server((_req, res) => res.end('two'));
    const h = await httpModem({ init: false });
    closers.push(() => h.modem.powerOff());
    await h.command('AT+CGDCONT=2,"IP","cmnet"');
    await h.command('AT+HTTPINIT=2');
    await h.advance(10_000);
    h.take();
    await h.command(`AT+HTTPPARA="URL","http://127.0.0.1:${s.port}/"`);
    await new ModemControl(h.modem).run('deactivate context', { cid: 1 });
    await h.settle();
    expect(h.take()).not.toContain('+HTTP_NONET_EVENT');
    expect(await commandThen(h, 'AT+HTTPACTION=0', '+HTTPACTION:')).toBe('\r\nOK\r\n\r\n+HTTPACTION: 0,200,3\r\n');
    await new ModemControl(h.modem).run('deactivate context', { cid: 2 });
    await h.settle();
    expect(h.take()).toContain('+HTTP_NONET_EVENT');
  });
});

// Chapter 23 against real WebSocket servers on loopback (the `ws` package's server, and a raw TCP
// server where a misbehaving peer is needed): the service, links, text and binary frames both
// ways, subprotocols, server close and ping, the closing handshake, wss with the SSL context,
// and the <err> codes of §23.3.1.

import { createHash } from 'node:crypto';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createTcpServer, type Socket } from 'node:net';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { certificatesOf } from '../../ssl/certificate-store.js';
import { testPki, type TestPki } from '../../ssl/testing/pki.js';
import { ModemHarness } from '../../testing/harness.js';
import { wsTestServer, type WsTestServer, type WsTestServerOptions } from '../../websocket/testing/ws-test-server.js';

const closers: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of closers.splice(0).reverse()) await c();
});

let pki: TestPki;
beforeAll(async () => {
  pki = await testPki();
}, 60_000);

const SERVER_IP = '198.51.100.7';
const OK = '\r\nOK\r\n';

async function server(o: WsTestServerOptions = {}): Promise<WsTestServer> {
  const s = await wsTestServer(o);
  closers.push(() => s.close());
  return s;
}

/** A registered module with the service started; SERVER_IP:port routed to `port` if given. */
async function started(port?: number, serverPort = 8800): Promise<ModemHarness> {
  const h = await ModemHarness.start();
  closers.push(() => h.modem.powerOff());
  await h.advance(10_000);
  await h.command('ATE0');
  if (port !== undefined) await new ModemControl(h.modem).run('internet route', { to: `${SERVER_IP}:${serverPort}`, port });
  expect(await h.command('AT+WSSTART')).toBe(OK);
  await h.advance(1000);
  expect(h.take()).toBe('\r\n+WSSTART: 0\r\n');
  return h;
}

/** AT+WSLINK, then its URC (real I/O: waited for in real time). */
async function link(h: ModemHarness, line: string): Promise<string> {
  const answer = await h.command(line);
  expect(answer.startsWith(OK)).toBe(true);
  if (/\+WSLINK: \d,\d+\r\n/.test(answer)) return answer.slice(OK.length);
  return h.waitForOutput(/\+WSLINK: \d,\d+\r\n/);
}

async function push(h: ModemHarness, n: number, data: Buffer, type: 0 | 1): Promise<string> {
  h.take();
  h.send(`AT+WSPUSH=${n},${data.length},${type}\r`);
  await h.settle();
  expect(h.take()).toBe('\r\n> ');
  h.send(data);
  await h.finish();
  const answer = h.take();
  expect(answer.startsWith(OK)).toBe(true);
  if (answer.includes('+WSPUSH:')) return answer.slice(OK.length);
  return h.waitForOutput(/\+WSPUSH: [^\r]+\r\n/);
}

describe('AT+WSSTART / AT+WSSTOP', () => {
  it('start once, stop once, ERROR out of turn', async () => {
    const h = await ModemHarness.start();
    await h.advance(10_000);
    await h.command('ATE0');
    expect(await h.command('AT+WSSTOP')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+WSSTART')).toBe(OK);
    expect(await h.command('AT+WSSTART')).toBe('\r\nERROR\r\n'); // still starting
    await h.advance(200);
    expect(h.take()).toBe('\r\n+WSSTART: 0\r\n');
    expect(await h.command('AT+WSSTART')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+WSSTOP')).toBe('\r\nOK\r\n\r\n+WSSTOP: 0\r\n');
    expect(await h.command('AT+WSSTOP')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+WSSTART=?')).toBe('\r\nERROR\r\n');
  });

  it('activates context 1 when it is not active; fails (1) when not registered', async () => {
    const h = await ModemHarness.start();
    await h.advance(10_000);
    await h.command('ATE0');
    await h.command('AT+CGACT=0,1');
    expect(await h.command('AT+WSSTART')).toBe(OK);
    await h.advance(10_000);
    expect(h.take()).toBe('\r\n+WSSTART: 0\r\n');
    expect(await h.command('AT+CGACT?')).toContain('+CGACT: 1,1');
    await h.command('AT+WSSTOP');
    await h.command('AT+CFUN=0');
    h.take();
    expect(await h.command('AT+WSSTART')).toBe('\r\nOK\r\n\r\n+WSSTART: 1\r\n'); // known at once
    expect(await h.command('AT+WSSTOP')).toBe('\r\nERROR\r\n');
  });
});

describe('AT+WSLINK', () => {
  it('connects, reports the link, carries text and binary frames both ways', async () => {
    const s = await server();
    const h = await started(s.port);
    expect(await h.command('AT+WSLINK?')).toBe('\r\n+WSLINK: 0,0\r\n+WSLINK: 1,0\r\n' + OK);
    expect(await link(h, `AT+WSLINK=0,"ws://${SERVER_IP}:8800/chat?room=1",60`)).toBe('\r\n+WSLINK: 0,0\r\n');
    const c = await s.connection();
    expect(c.request.url).toBe('/chat?room=1');
    expect(c.request.headers.host).toBe(`${SERVER_IP}:8800`);
    expect(c.request.headers['sec-websocket-protocol']).toBeUndefined();
    expect(await h.command('AT+WSLINK?')).toBe(`\r\n+WSLINK: 0,1,"${SERVER_IP}:8800",8800,"/chat?room=1"\r\n+WSLINK: 1,0\r\n` + OK);

    expect(await push(h, 0, Buffer.from('hello'), 0)).toBe('\r\n+WSPUSH: 0,0,5\r\n');
    const binary = Buffer.from([0, 1, 2, 0x1a, 0x1b, 0xff, 0x0d, 0x0a]);
    expect(await push(h, 0, binary, 1)).toBe('\r\n+WSPUSH: 0,0,8\r\n');
    expect(await c.received(2)).toEqual([
      { data: Buffer.from('hello'), binary: false },
      { data: binary, binary: true },
    ]);

    h.take();
    c.socket.send('hi there');
    expect(await h.waitForOutput('hi there\r\n')).toBe('\r\n+WSRECEIVE: 0,8\r\nhi there\r\n');
    h.take();
    c.socket.send(Buffer.from([0xde, 0xad, 0x00, 0xbe, 0xef]), { binary: true });
    const got = await h.waitForOutput(/WSRECEIVE: 0,5\r\n[\s\S]{5}\r\n/);
    expect(Buffer.from(got, 'latin1')).toEqual(Buffer.concat([Buffer.from('\r\n+WSRECEIVE: 0,5\r\n'), Buffer.from([0xde, 0xad, 0x00, 0xbe, 0xef]), Buffer.from('\r\n')]));
  });

  it('answers the server\'s pings without printing anything', async () => {
    const s = await server();
    const h = await started(s.port);
    await link(h, `AT+WSLINK=0,"ws://${SERVER_IP}:8800"`);
    const c = await s.connection();
    h.take();
    c.socket.ping();
    c.socket.ping();
    for (let i = 0; i < 100 && c.pongs < 2; i++) await new Promise((r) => setTimeout(r, 5));
    expect(c.pongs).toBe(2);
    expect(h.take()).toBe('');
  });

  it('reports a close by the server with its close code; the link is free again', async () => {
    const s = await server();
    const h = await started(s.port);
    await link(h, `AT+WSLINK=1,"ws://${SERVER_IP}:8800"`);
    const c = await s.connection();
    h.take();
    c.socket.close(1001, 'going away');
    expect(await h.waitForOutput('+WSUNLINK')).toBe('\r\n+WSUNLINK: 1,1001\r\n');
    expect(await h.command('AT+WSLINK?')).toBe('\r\n+WSLINK: 0,0\r\n+WSLINK: 1,0\r\n' + OK);
    expect(await link(h, `AT+WSLINK=1,"ws://${SERVER_IP}:8800"`)).toBe('\r\n+WSLINK: 1,0\r\n');
  });

  it('reports a connection cut without a close frame as 1006 (reset, bearer lost)', async () => {
    const s = await server();
    const h = await started(s.port);
    await link(h, `AT+WSLINK=0,"ws://${SERVER_IP}:8800"`);
    (await s.connection()).socket.terminate();
    expect(await h.waitForOutput('+WSUNLINK')).toContain('+WSUNLINK: 0,1006\r\n');
    h.take();
    await link(h, `AT+WSLINK=0,"ws://${SERVER_IP}:8800"`);
    h.take();
    const out = await h.command('AT+CFUN=0'); // the module leaves the network: the bearer goes
    expect(out.includes('+WSUNLINK') ? out : await h.waitForOutput('+WSUNLINK')).toContain('+WSUNLINK: 0,1006\r\n');
  });

  it('serves two links at once', async () => {
    const s = await server();
    const h = await started(s.port);
    await link(h, `AT+WSLINK=0,"ws://${SERVER_IP}:8800/a"`);
    h.take();
    await link(h, `AT+WSLINK=1,"ws://${SERVER_IP}:8800/b"`);
    expect(s.connections.map((c) => c.request.url)).toEqual(['/a', '/b']);
    await push(h, 1, Buffer.from('to b'), 0);
    await push(h, 0, Buffer.from('to a'), 0);
    expect((await s.connections[0]!.received(1))[0]!.data.toString()).toBe('to a');
    expect((await s.connections[1]!.received(1))[0]!.data.toString()).toBe('to b');
    expect(await h.command('AT+WSSTOP')).toBe('\r\nERROR\r\n'); // connections are open
  });

  it('refuses before AT+WSSTART (8), a bad address (6), a link in use (1)', async () => {
    const h = await ModemHarness.start();
    await h.advance(10_000);
    await h.command('ATE0');
    expect(await h.command('AT+WSLINK=0,"ws://1.2.3.4:80"')).toBe('\r\n+WSLINK: 0,8\r\n\r\nERROR\r\n');
    await h.command('AT+WSSTART');
    await h.advance(1000);
    h.take();
    for (const bad of ['http://1.2.3.4/', 'ws://', 'ws://1.2.3.4:0', 'ws://1.2.3.4:70000', 'ws://bad_host/', 'ws://1.2.3.4:80#frag', 'ws:/1.2.3.4/x']) {
      expect(await h.command(`AT+WSLINK=0,"${bad}"`), bad).toBe('\r\n+WSLINK: 0,6\r\n\r\nERROR\r\n');
    }
    expect(await h.command('AT+WSLINK=2,"ws://1.2.3.4:80"')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+WSLINK=0,"ws://1.2.3.4:80",59')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+WSLINK=0,"ws://1.2.3.4:80"')).toBe(OK); // nothing answers 1.2.3.4
    expect(await h.command('AT+WSLINK=0,"ws://1.2.3.4:80"')).toBe('\r\n+WSLINK: 0,1\r\n\r\nERROR\r\n');
    expect(await h.command('AT+WSLINK=?')).toBe('\r\n+WSLINK: (0-1),(9-256),(60-180)\r\n' + OK);
  });

  it('a server that does not answer: 5 after <time_out> (default 120 s)', async () => {
    const h = await started();
    expect(await h.command(`AT+WSLINK=0,"ws://${SERVER_IP}:8800"`)).toBe(OK);
    await h.advance(119_000);
    expect(h.take()).toBe('');
    await h.advance(1_000);
    expect(h.take()).toBe('\r\n+WSLINK: 0,5\r\n');
    expect(await h.command(`AT+WSLINK=1,"ws://${SERVER_IP}:8800",60`)).toBe(OK);
    await h.advance(60_000);
    expect(h.take()).toBe('\r\n+WSLINK: 1,5\r\n');
  });

  it('a refused connection or an unknown name: 5', async () => {
    const s = await server();
    const port = s.port;
    await s.close();
    const h = await started(port);
    expect(await link(h, `AT+WSLINK=0,"ws://${SERVER_IP}:8800"`)).toBe('\r\n+WSLINK: 0,5\r\n');
    h.take();
    expect(await link(h, 'AT+WSLINK=0,"ws://unknown.example.org/x"')).toBe('\r\n+WSLINK: 0,5\r\n');
  });

  it('an HTTP server that does not upgrade: 3', async () => {
    const http = createHttpServer((_req, res) => res.writeHead(404).end('no'));
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    closers.push(() => new Promise<void>((r) => http.close(() => r())));
    const h = await started((http.address() as { port: number }).port);
    expect(await link(h, `AT+WSLINK=0,"ws://${SERVER_IP}:8800/"`)).toBe('\r\n+WSLINK: 0,3\r\n');
  });

  it('a server that closes before the request is sent: 2; that never answers it: 3 after <time_out>', async () => {
    const sockets: Socket[] = [];
    let mode: 'close' | 'silent' = 'close';
    const tcp = createTcpServer((socket) => {
      sockets.push(socket);
      socket.on('error', () => undefined);
      if (mode === 'close') socket.destroy();
    });
    await new Promise<void>((r) => tcp.listen(0, '127.0.0.1', r));
    closers.push(() => new Promise<void>((r) => (sockets.forEach((s) => s.destroy()), tcp.close(() => r()))));
    const h = await started((tcp.address() as { port: number }).port);
    await new ModemControl(h.modem).run('internet route', { to: `${SERVER_IP}:8801`, port: (tcp.address() as { port: number }).port });
    const first = await link(h, `AT+WSLINK=0,"ws://${SERVER_IP}:8800/"`);
    expect(['\r\n+WSLINK: 0,2\r\n', '\r\n+WSLINK: 0,3\r\n']).toContain(first); // a race of the peer's close and our write
    h.take();
    mode = 'silent';
    expect(await h.command(`AT+WSLINK=0,"ws://${SERVER_IP}:8801/",60`)).toBe(OK);
    await new Promise((r) => setTimeout(r, 50));
    h.clock.outsideWaitMs = 50;
    await h.advance(60_000);
    expect(h.take()).toBe('\r\n+WSLINK: 0,3\r\n');
  });
});

describe('AT+WSSETTINGS', () => {
  it('offers the subprotocols in the handshake; a server that picks another is refused (3)', async () => {
    const s = await server({ pickProtocol: (offered) => (offered.has('ocpp2.0') ? 'ocpp2.0' : offered.has('wamp') ? 'other' : false) });
    const h = await started(s.port);
    expect(await h.command('AT+WSSETTINGS?')).toBe('\r\n+WSSETTINGS: 0,"Sec-WebSocket-Protocol",""\r\n+WSSETTINGS: 1,"Sec-WebSocket-Protocol",""\r\n' + OK);
    expect(await h.command('AT+WSSETTINGS=0,"Sec-WebSocket-Protocol","ocpp1.6,ocpp2.0"')).toBe('\r\n+WSSETTINGS: 0,"Sec-WebSocket-Protocol","ocpp1.6,ocpp2.0"\r\n' + OK);
    expect(await h.command('AT+WSSETTINGS=1,"Sec-WebSocket-Protocol","wamp"')).toBe('\r\n+WSSETTINGS: 1,"Sec-WebSocket-Protocol","wamp"\r\n' + OK);
    expect(await link(h, `AT+WSLINK=0,"ws://${SERVER_IP}:8800/"`)).toBe('\r\n+WSLINK: 0,0\r\n');
    const c = await s.connection();
    expect(c.request.headers['sec-websocket-protocol']).toBe('ocpp1.6,ocpp2.0');
    expect(c.socket.protocol).toBe('ocpp2.0');
    h.take();
    expect(await link(h, `AT+WSLINK=1,"ws://${SERVER_IP}:8800/"`)).toBe('\r\n+WSLINK: 1,3\r\n'); // it picked "other"
    h.take();
    await h.command('AT+WSSETTINGS=1,"Sec-WebSocket-Protocol","soap"');
    expect(await link(h, `AT+WSLINK=1,"ws://${SERVER_IP}:8800/"`)).toBe('\r\n+WSLINK: 1,3\r\n'); // it picked none
    h.take();
    await h.command('AT+WSSETTINGS=1,"Sec-WebSocket-Protocol",""');
    expect(await link(h, `AT+WSLINK=1,"ws://${SERVER_IP}:8800/"`)).toBe('\r\n+WSLINK: 1,0\r\n'); // none asked, none picked
  });

  it('needs the service started, takes tokens only, is cleared by AT+WSSTOP and AT+WSSTART', async () => {
    const h = await ModemHarness.start();
    await h.advance(10_000);
    await h.command('ATE0');
    expect(await h.command('AT+WSSETTINGS=0,"Sec-WebSocket-Protocol","mqtt"')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+WSSETTINGS=?')).toBe('\r\n+WSSETTINGS: (0-1),"Sec-WebSocket-Protocol",<subprotocol>\r\n' + OK);
    await h.command('AT+WSSTART');
    await h.advance(1000);
    for (const bad of ['"a b"', '"a,,a"', '"x;y"', '"a","b"']) {
      expect(await h.command(`AT+WSSETTINGS=0,"Sec-WebSocket-Protocol",${bad}`), bad).toBe('\r\nERROR\r\n');
    }
    expect(await h.command('AT+WSSETTINGS=0,"Sec-WebSocket-Key","x"')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+WSSETTINGS=1,"sec-websocket-protocol","mqtt"')).toContain('+WSSETTINGS: 1,"Sec-WebSocket-Protocol","mqtt"');
    await h.command('AT+WSSTOP');
    expect(await h.command('AT+WSSETTINGS?')).toBe('\r\n+WSSETTINGS: 0,"Sec-WebSocket-Protocol",""\r\n+WSSETTINGS: 1,"Sec-WebSocket-Protocol",""\r\n' + OK);
  });
});

describe('AT+WSUNLINK', () => {
  it('closes with the closing handshake: the server sees 1000, the module reports 0', async () => {
    const s = await server();
    const h = await started(s.port);
    await link(h, `AT+WSLINK=0,"ws://${SERVER_IP}:8800"`);
    const c = await s.connection();
    h.take();
    const answer = await h.command('AT+WSUNLINK=0,60');
    expect(answer.startsWith(OK)).toBe(true);
    expect(answer.includes('+WSUNLINK') ? answer : OK + (await h.waitForOutput('+WSUNLINK'))).toBe(OK + '\r\n+WSUNLINK: 0,0\r\n');
    expect((await c.closed).code).toBe(1000);
    expect(await h.command('AT+WSLINK?')).toBe('\r\n+WSLINK: 0,0\r\n+WSLINK: 1,0\r\n' + OK);
    expect(await h.command('AT+WSUNLINK=0')).toBe('\r\n+WSUNLINK: 0,1\r\n\r\nERROR\r\n');
    expect(await h.command('AT+WSUNLINK=0,59')).toBe('\r\nERROR\r\n');
  });

  it('a server that never answers the close frame: 1 after <timeout>, the connection dropped', async () => {
    // A raw server: the opening handshake by hand (RFC 6455 §4.2.2), then silence.
    const sockets: Socket[] = [];
    const received: Buffer[] = [];
    const tcp = createTcpServer((socket) => {
      sockets.push(socket);
      socket.on('error', () => undefined);
      socket.once('data', (d) => {
        const key = /Sec-WebSocket-Key: (\S+)/i.exec(d.toString())![1]!;
        const accept = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
        socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
        socket.on('data', (f) => received.push(f));
      });
    });
    await new Promise<void>((r) => tcp.listen(0, '127.0.0.1', r));
    closers.push(() => new Promise<void>((r) => (sockets.forEach((s) => s.destroy()), tcp.close(() => r()))));
    const h = await started((tcp.address() as { port: number }).port);
    expect(await link(h, `AT+WSLINK=0,"ws://${SERVER_IP}:8800"`)).toBe('\r\n+WSLINK: 0,0\r\n');
    h.take();
    expect(await h.command('AT+WSUNLINK=0,90')).toBe(OK);
    for (let i = 0; i < 100 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
    const frame = received[0]!;
    expect(frame[0]).toBe(0x88); // FIN + close
    expect(frame[1]! & 0x80).toBe(0x80); // masked, as a client's frames must be
    const payload = Buffer.from(frame.subarray(6, 8).map((b, i) => b ^ frame[2 + i]!));
    expect(payload.readUInt16BE(0)).toBe(1000);
    h.clock.outsideWaitMs = 50;
    await h.advance(89_000);
    expect(h.take()).toBe('');
    await h.advance(1_000);
    expect(h.take()).toBe('\r\n+WSUNLINK: 0,1\r\n');
    for (let i = 0; i < 100 && !sockets[0]!.destroyed && sockets[0]!.readable; i++) await new Promise((r) => setTimeout(r, 5));
    expect(await h.command('AT+WSLINK?')).toBe('\r\n+WSLINK: 0,0\r\n+WSLINK: 1,0\r\n' + OK);
  });
});

describe('AT+WSPUSH', () => {
  it('refuses a link that is not connected before the prompt, and gives up a prompt after 120 s', async () => {
    const s = await server();
    const h = await started(s.port);
    expect(await h.command('AT+WSPUSH=0,5,0')).toBe('\r\n+WSPUSH: 0,1\r\n\r\nERROR\r\n');
    for (const bad of ['AT+WSPUSH=0,0,0', 'AT+WSPUSH=0,1025,0', 'AT+WSPUSH=0,5,2', 'AT+WSPUSH=2,5,0', 'AT+WSPUSH=0,5']) {
      expect(await h.command(bad), bad).toBe('\r\nERROR\r\n');
    }
    await link(h, `AT+WSLINK=0,"ws://${SERVER_IP}:8800"`);
    h.take();
    h.send('AT+WSPUSH=0,10,0\r');
    await h.settle();
    expect(h.take()).toBe('\r\n> ');
    h.send('abc');
    await h.advance(120_000);
    expect(h.take()).toBe('\r\nERROR\r\n');
    expect(await push(h, 0, Buffer.alloc(1024, 0x61), 0)).toBe('\r\n+WSPUSH: 0,0,1024\r\n');
    expect((await (await s.connection()).received(1))[0]!.data).toEqual(Buffer.alloc(1024, 0x61));
  });
});

describe('wss:// with SSL context 0', () => {
  it('checks the server against the CA of the context, then works as ws://', async () => {
    const s = await server({ tls: pki.server });
    const h = await started(s.port, 443);
    await h.command('AT+CSSLCFG="authmode",0,1;+CSSLCFG="cacert",0,"ca.pem";+CSSLCFG="ignorecertCN",0,1');
    certificatesOf(h.modem).write('ca.pem', Buffer.from(pki.stranger.cert));
    expect(await link(h, `AT+WSLINK=0,"wss://${SERVER_IP}/secure"`)).toBe('\r\n+WSLINK: 0,5\r\n');
    h.take();
    certificatesOf(h.modem).write('ca.pem', Buffer.from(pki.ca.cert));
    expect(await link(h, `AT+WSLINK=0,"wss://${SERVER_IP}/secure"`)).toBe('\r\n+WSLINK: 0,0\r\n');
    expect(await h.command('AT+WSLINK?')).toContain(`+WSLINK: 0,1,"${SERVER_IP}",443,"/secure"`);
    expect(await push(h, 0, Buffer.from('over tls'), 0)).toBe('\r\n+WSPUSH: 0,0,8\r\n');
    const c = await s.connection();
    expect((await c.received(1))[0]!.data.toString()).toBe('over tls');
    h.take();
    c.socket.send('back');
    expect(await h.waitForOutput('back\r\n')).toBe('\r\n+WSRECEIVE: 0,4\r\nback\r\n');
  });
});

describe('power and control', () => {
  it('a power cycle drops the links silently and forgets the service', async () => {
    const s = await server();
    const h = await started(s.port);
    await link(h, `AT+WSLINK=0,"ws://${SERVER_IP}:8800"`);
    const c = await s.connection();
    h.modem.powerOff();
    expect((await c.closed).code).toBe(1006);
    h.modem.powerOn({ immediate: true });
    await h.advance(10_000);
    await h.command('ATE0');
    await new Promise((r) => setTimeout(r, 50));
    expect(h.take()).not.toContain('+WSUNLINK');
    expect(await h.command('AT+WSLINK?')).toBe('\r\n+WSLINK: 0,0\r\n+WSLINK: 1,0\r\n' + OK);
    expect(await h.command('AT+WSLINK=0,"ws://1.2.3.4/"')).toBe('\r\n+WSLINK: 0,8\r\n\r\nERROR\r\n');
  });

  it('"websocket status" shows the links; "websocket drop" cuts one off (1006)', async () => {
    const s = await server();
    const h = await started(s.port);
    await link(h, `AT+WSLINK=0,"ws://${SERVER_IP}:8800/x"`);
    const control = new ModemControl(h.modem);
    expect(await control.run('websocket status', {})).toMatchObject({
      service: { status: 'started', cid: 1 },
      links: [{ link: 0, status: 'connected', url: `ws://${SERVER_IP}:8800/x`, subprotocol: '' }, { link: 1, status: 'idle' }],
    });
    h.take();
    await control.run('websocket drop', { link: 0 });
    expect(await h.waitForOutput('+WSUNLINK')).toBe('\r\n+WSUNLINK: 0,1006\r\n');
    await expect(control.run('websocket drop', { link: 0 })).rejects.toThrow(/not connected/);
  });
});

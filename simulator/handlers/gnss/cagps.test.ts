// +CAGPS (§21.2.23) against REAL servers on loopback: a download over a real TCP connection,
// gated by registration and an active PDP context, and each error code the manual lists that
// the simulated network can produce.

import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { ModemHarness } from '../../testing/harness.js';
import { networkWorld } from '../../network/world.js';

const servers: Array<HttpServer | Server> = [];
const sockets = new Set<Socket>();
afterEach(async () => {
  for (const s of sockets) s.destroy();
  sockets.clear();
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((r) => s.close(() => r()))));
});

async function listen<T extends HttpServer | Server>(server: T): Promise<number> {
  servers.push(server);
  server.on('connection', (socket: Socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** An HTTP server answering every request with `status` and `body`; it records the requests. */
async function agnssServer(status = 200, body = Buffer.alloc(4096, 0x5a)) {
  const requests: Array<{ url: string; host: string | undefined }> = [];
  const port = await listen(
    createHttpServer((req, res) => {
      requests.push({ url: req.url ?? '', host: req.headers.host });
      res.writeHead(status, { 'content-length': String(body.length) });
      res.end(body);
    }),
  );
  return { port, requests };
}

async function gnssOn(): Promise<ModemHarness> {
  const h = await ModemHarness.start();
  await h.command('ATE0');
  await h.command('AT+CGNSSPWR=1');
  return h;
}

/**
 * AT+CAGPS and what follows it, up to the +AGPS: line: the download is real I/O, so it may end
 * while the command is still being answered or later, in real time.
 */
async function cagps(h: ModemHarness): Promise<string> {
  let out = await h.command('AT+CAGPS');
  for (let i = 0; i < 500 && !out.includes('+AGPS:') && out === '\r\nOK\r\n'; i++) {
    await new Promise((r) => setTimeout(r, 5));
    out += h.take();
  }
  return out;
}

const OK_THEN = (urc: string) => `\r\nOK\r\n\r\n${urc}\r\n`;

function setServer(h: ModemHarness, params: Record<string, unknown>) {
  return new ModemControl(h.modem).run('set agnss', params);
}

describe('+CAGPS', () => {
  it('downloads over a real connection: OK, then +AGPS: success.; a cold start then fixes in 5 s', async () => {
    const { port, requests } = await agnssServer();
    const h = await gnssOn();
    await setServer(h, { server: '127.0.0.1', port, path: '/epo/today.bin' });
    expect(await cagps(h)).toBe(OK_THEN('+AGPS: success.'));
    expect(requests).toEqual([{ url: '/epo/today.bin', host: '127.0.0.1' }]);
    // The receiver was searching from its cold start: the data shortens it now.
    await h.advance(5_000);
    expect(await h.command('AT+CGNSSINFO')).toMatch(/^\r\n\+CGNSSINFO: 3,/);
    await h.command('AT+CGPSCOLD');
    await h.advance(4_999);
    expect(await h.command('AT+CGNSSINFO')).toBe('\r\n+CGNSSINFO: ,,,,,,,,,,,,,,,,,\r\n\r\nOK\r\n');
    await h.advance(1);
    expect(await h.command('AT+CGNSSINFO')).toMatch(/^\r\n\+CGNSSINFO: 3,/);
  });

  it('a server name is resolved through the network world\'s hosts', async () => {
    const { port, requests } = await agnssServer();
    const h = await gnssOn();
    networkWorld(h.modem.services()).internet.hosts['agnss.example.net'] = '127.0.0.1';
    await setServer(h, { port });
    expect(await cagps(h)).toBe(OK_THEN('+AGPS: success.'));
    expect(requests[0]!.host).toBe('agnss.example.net');
  });

  it('101 without an active PDP context, 102 for a name the network does not know', async () => {
    const h = await gnssOn();
    await h.command('AT+CGACT=0,1');
    expect(await h.command('AT+CAGPS')).toBe('\r\nOK\r\n\r\n+AGPS: 101.\r\n');
    await h.command('AT+CGACT=1,1');
    await setServer(h, { server: 'agnss.example.net' });
    expect(await h.command('AT+CAGPS')).toBe('\r\nOK\r\n\r\n+AGPS: 102.\r\n');
  });

  it('101 when not registered (radio off)', async () => {
    const h = await gnssOn();
    await h.command('AT+CFUN=4');
    await h.advance(5_000);
    h.take();
    expect(await h.command('AT+CAGPS')).toBe('\r\nOK\r\n\r\n+AGPS: 101.\r\n');
  });

  it('103 when the connection is refused', async () => {
    const closed = createServer();
    const port = await listen(closed);
    await new Promise<void>((r) => closed.close(() => r()));
    servers.splice(servers.indexOf(closed), 1);
    const h = await gnssOn();
    await setServer(h, { server: '127.0.0.1', port });
    expect(await cagps(h)).toBe(OK_THEN('+AGPS: 103.'));
  });

  it('105 for an HTTP error, for a connection closed without an answer, and after 9 s of silence', async () => {
    const h = await gnssOn();
    const missing = await agnssServer(404, Buffer.from('not found'));
    await setServer(h, { server: '127.0.0.1', port: missing.port });
    expect(await cagps(h)).toBe(OK_THEN('+AGPS: 105.'));

    const rude = await listen(createServer((socket) => socket.end()));
    await setServer(h, { port: rude });
    expect(await cagps(h)).toBe(OK_THEN('+AGPS: 105.'));

    const silent = await listen(createServer(() => undefined));
    await setServer(h, { port: silent });
    expect(await h.command('AT+CAGPS')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CAGPS')).toBe('\r\nERROR\r\n');
    await new Promise((r) => setTimeout(r, 50));
    await h.advance(8_999);
    expect(h.peek()).toBe('');
    await h.advance(1);
    expect(h.take()).toBe('\r\n+AGPS: 105.\r\n');
  });
});

// TLS started on an open connection (start-tls.ts) against a real server on loopback that speaks
// a line of plain text, then upgrades on "STARTTLS" (as SMTP's RFC 3207 does); and a TLS
// connection of the module ended by the module (abort, power-off) as any other connection.

import { createServer, type Server, type Socket } from 'node:net';
import { TLSSocket } from 'node:tls';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contextBearer } from '../internet/bearer.js';
import { InternetError, internetOf } from '../internet/internet.js';
import { connectionStream } from '../internet/stream.js';
import { ModemHarness } from '../testing/harness.js';
import { certificatesOf } from './certificate-store.js';
import { openTlsWithContext } from './open-tls.js';
import { startTlsWithContext } from './start-tls.js';
import { testPki, type TestPki } from './testing/pki.js';

let pki: TestPki;
beforeAll(async () => {
  pki = await testPki();
}, 60_000);

const closers: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of closers.splice(0).reverse()) await c();
});

/** Greets "READY", upgrades on "STARTTLS", then echoes with "tls:" in front. */
async function upgradingServer(): Promise<{ port: number; closed: Promise<void> }> {
  let closedResolve: () => void = () => undefined;
  const closed = new Promise<void>((r) => (closedResolve = r));
  const sockets: Socket[] = [];
  const server: Server = createServer((socket) => {
    sockets.push(socket);
    socket.on('error', () => undefined);
    socket.write('READY\r\n');
    socket.once('data', (d) => {
      if (d.toString() !== 'STARTTLS\r\n') return socket.destroy();
      socket.write('GO\r\n', () => {
        const secure = new TLSSocket(socket, { isServer: true, key: pki.server.key, cert: pki.server.cert });
        secure.on('error', () => undefined);
        secure.on('data', (x) => secure.write(Buffer.concat([Buffer.from('tls:'), x])));
        secure.on('close', () => closedResolve());
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  closers.push(() => new Promise<void>((r) => (sockets.forEach((s) => s.destroy()), server.close(() => r()))));
  return { port: (server.address() as { port: number }).port, closed };
}

/** Greets "READY", says "GO" to what comes, then stays silent (no handshake); resolves with its port. */
async function silentServer(): Promise<number> {
  const sockets: Socket[] = [];
  const server = createServer((s) => {
    sockets.push(s);
    s.on('error', () => undefined);
    s.write('READY\r\n');
    s.once('data', () => s.write('GO\r\n'));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  closers.push(() => new Promise<void>((r) => (sockets.forEach((s) => s.destroy()), server.close(() => r()))));
  return (server.address() as { port: number }).port;
}

async function modem(): Promise<ModemHarness> {
  const h = await ModemHarness.start();
  closers.push(() => h.modem.powerOff());
  await h.advance(10_000);
  return h;
}

/** Opens a plain connection, reads the greeting, asks for STARTTLS, reads "GO". */
async function plainToUpgrade(h: ModemHarness, port: number) {
  const b = contextBearer(h.modem.state, 1);
  if (!b.ok) throw new Error('no bearer');
  const conn = await internetOf(h.modem.services()).openTcp({ bearer: b.bearer, host: '127.0.0.1', port, timeoutMs: 10_000, services: h.modem.services() });
  const plain = connectionStream(conn);
  let text = '';
  const onData = (d: Buffer) => (text += d.toString());
  plain.on('data', onData);
  const until = async (s: string) => {
    while (!text.includes(s)) await new Promise((r) => setTimeout(r, 5));
  };
  await until('READY\r\n');
  plain.write('STARTTLS\r\n');
  await until('GO\r\n');
  plain.off('data', onData);
  plain.pause();
  return { conn, plain };
}

describe('startTlsWithContext', () => {
  it('upgrades an open connection; the context checks the server', async () => {
    const server = await upgradingServer();
    const h = await modem();
    await h.command('AT+CSSLCFG="authmode",0,1;+CSSLCFG="cacert",0,"ca.pem";+CSSLCFG="ignorecertCN",0,1');
    certificatesOf(h.modem).write('ca.pem', Buffer.from(pki.stranger.cert));
    const first = await plainToUpgrade(h, server.port);
    const refused = await startTlsWithContext(h.modem.services(), { context: 0, socket: first.plain, host: 'localhost' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InternetError);
    expect((refused as InternetError).code).toBe('certificate');

    certificatesOf(h.modem).write('ca.pem', Buffer.from(pki.ca.cert));
    const { conn, plain } = await plainToUpgrade(h, server.port);
    const secure = await startTlsWithContext(h.modem.services(), { context: 0, socket: plain, host: 'localhost' });
    const echoed = new Promise<string>((r) => secure.once('data', (d: Buffer) => r(d.toString())));
    secure.write('hello');
    expect(await echoed).toBe('tls:hello');
    expect(conn.bytesSent).toBeGreaterThan('STARTTLS\r\nhello'.length); // the TLS records ride the module connection
    secure.end();
    await server.closed;
  });

  it('fails with no-certificate when the context names a file the store lacks', async () => {
    const server = await upgradingServer();
    const h = await modem();
    await h.command('AT+CSSLCFG="authmode",0,1;+CSSLCFG="cacert",0,"none.pem"');
    const { plain } = await plainToUpgrade(h, server.port);
    const e = await startTlsWithContext(h.modem.services(), { context: 0, socket: plain, host: 'localhost' }).catch((x: unknown) => x);
    expect((e as InternetError).code).toBe('no-certificate');
  });

  it('gives up after <negotiatetime> when the server never answers the handshake', async () => {
    const port = await silentServer();
    const h = await modem();
    await h.command('AT+CSSLCFG="negotiatetime",0,20');
    const { plain } = await plainToUpgrade(h, port);
    const upgrading = startTlsWithContext(h.modem.services(), { context: 0, socket: plain, host: 'localhost' }).catch((x: unknown) => x);
    h.clock.outsideWaitMs = 50;
    await h.advance(20_000);
    expect(((await upgrading) as InternetError).code).toBe('handshake');
  });

  it('ends at once when the module connection is aborted during the handshake (AT+CSMTPSSTOP)', async () => {
    const port = await silentServer(); // the handshake would wait <negotiatetime>
    const h = await modem();
    const { conn, plain } = await plainToUpgrade(h, port);
    const upgrading = startTlsWithContext(h.modem.services(), { context: 0, socket: plain, host: 'localhost' }).catch((x: unknown) => x);
    conn.abort('local');
    // No virtual time passes: the abort alone ends the handshake.
    const outcome = await Promise.race([upgrading, new Promise((r) => setTimeout(() => r('still waiting after 2 s'), 2000))]);
    expect(outcome).toBeInstanceOf(InternetError);
    expect((outcome as InternetError).code).toBe('handshake');
  });
});

describe('a TLS connection of the module', () => {
  it('can be aborted and is closed at power-off like any connection', async () => {
    const sockets: Socket[] = [];
    const { createServer: createTlsServer } = await import('node:tls');
    const server = createTlsServer({ key: pki.server.key, cert: pki.server.cert }, (s) => {
      sockets.push(s);
      s.on('error', () => undefined);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    closers.push(() => new Promise<void>((r) => (sockets.forEach((s) => s.destroy()), server.close(() => r()))));
    const port = (server.address() as { port: number }).port;
    const h = await modem();
    const b = contextBearer(h.modem.state, 1);
    if (!b.ok) throw new Error('no bearer');
    const open = () => openTlsWithContext(h.modem.services(), { context: 0, bearer: b.bearer, host: '127.0.0.1', port, timeoutMs: 10_000 });
    const first = await open();
    expect(() => first.abort('local')).not.toThrow();
    expect(first.open).toBe(false);
    const second = await open();
    expect(() => h.modem.powerOff()).not.toThrow();
    expect(second.open).toBe(false);
  });
});

// Internet.upgradeTls / upgradeTlsWithContext: an open TCP connection of the module becomes a
// TLS connection (FTP's AUTH TLS, SMTP's STARTTLS), against a real server on loopback that
// speaks plain text first and TLS after "STARTTLS".

import { createServer, type Server, type Socket } from 'node:net';
import { TLSSocket } from 'node:tls';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ModemHarness } from '../testing/harness.js';
import { certificatesOf } from '../ssl/certificate-store.js';
import { testPki, type TestPki } from '../ssl/testing/pki.js';
import { upgradeTlsWithContext } from '../ssl/open-tls.js';
import { contextBearer } from './bearer.js';
import { internetOf, InternetError, type CloseCause, type TcpConnection } from './internet.js';

let pki: TestPki;

beforeAll(async () => {
  pki = await testPki();
}, 60_000);

const servers: Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

/** "220 ready", then "220 go" and TLS after "STARTTLS" (`tls: false`: text instead); echoes over TLS. */
async function startTlsServer(options: { tls?: boolean } = {}) {
  const seen: { encrypted: boolean; protocol?: string | null; received: string[] } = { encrypted: false, received: [] };
  const server = createServer((socket: Socket) => {
    socket.on('error', () => undefined);
    socket.write('220 ready\r\n');
    socket.once('data', (line) => {
      if (line.toString() !== 'STARTTLS\r\n') return socket.destroy();
      socket.write('220 go\r\n', () => {
        // Not TLS: the ClientHello gets a line of text back.
        if (options.tls === false) return void socket.once('data', () => socket.end('500 what is this\r\n'));
        const secure = new TLSSocket(socket, { isServer: true, ...pki.server });
        secure.on('error', () => undefined);
        secure.on('secure', () => {
          seen.encrypted = true;
          seen.protocol = secure.getProtocol();
        });
        secure.on('data', (d: Buffer) => {
          seen.received.push(d.toString());
          secure.write(Buffer.concat([Buffer.from('echo:'), d]));
        });
      });
    });
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as { port: number }).port, seen };
}

/** Lets virtual time follow real I/O until `p` settles. */
async function follow<T>(h: ModemHarness, p: Promise<T>): Promise<T> {
  const settled = p.then(
    () => true,
    () => true,
  );
  while (!(await Promise.race([settled, new Promise<boolean>((r) => setTimeout(() => r(false), 10))]))) await h.advance(10);
  return p;
}

function nextData(conn: TcpConnection): Promise<string> {
  return new Promise((resolve) => conn.onData((d) => resolve(d.toString())));
}

async function plainConnection(h: ModemHarness, port: number) {
  const bearer = contextBearer(h.modem.state, 1);
  if (!bearer.ok) throw new Error('no bearer');
  const services = h.modem.services();
  const conn = await follow(h, internetOf(services).openTcp({ bearer: bearer.bearer, host: '127.0.0.1', port, timeoutMs: 10_000, services }));
  const greeting = nextData(conn);
  expect(await follow(h, greeting)).toBe('220 ready\r\n');
  const go = nextData(conn);
  await follow(h, conn.send(Buffer.from('STARTTLS\r\n')));
  expect(await follow(h, go)).toBe('220 go\r\n');
  return conn;
}

describe('upgrading a connection to TLS', () => {
  it('carries on over the same socket, encrypted; the plain connection is closed locally', async () => {
    const h = await ModemHarness.start();
    await h.advance(10_000);
    const server = await startTlsServer();
    const plain = await plainConnection(h, server.port);
    const causes: CloseCause[] = [];
    plain.onClose((c) => causes.push(c));
    const secured = await follow(h, upgradeTlsWithContext(h.modem.services(), plain, { context: 0, host: 'localhost' }));
    expect(plain.open).toBe(false);
    expect(causes).toEqual(['local']);
    expect(secured.open).toBe(true);
    expect(secured.remote).toEqual(plain.remote);
    expect(secured.localPort).toBe(plain.localPort);
    expect(internetOf(h.modem.services()).openCount).toBe(1);
    const echo = nextData(secured);
    await follow(h, secured.send(Buffer.from('hello')));
    expect(await follow(h, echo)).toBe('echo:hello');
    expect(server.seen).toMatchObject({ encrypted: true, received: ['hello'] });
    expect(server.seen.protocol).toMatch(/^TLSv1\.[23]$/);
    h.modem.powerOff();
  });

  it('fails with "handshake" when the peer does not speak TLS, and with "certificate" when the context refuses the server', async () => {
    const h = await ModemHarness.start();
    await h.advance(10_000);
    const noTls = await startTlsServer({ tls: false });
    const plain = await plainConnection(h, noTls.port);
    const failed = await follow(h, upgradeTlsWithContext(h.modem.services(), plain, { context: 0, host: 'localhost' })).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(InternetError);
    expect((failed as InternetError).code).toBe('handshake');

    // Context 1 checks the server against a CA that did not issue its certificate.
    certificatesOf(h.modem).write('ca.pem', Buffer.from(pki.stranger.cert));
    await h.command('AT+CSSLCFG="authmode",1,1');
    await h.command('AT+CSSLCFG="cacert",1,"ca.pem"');
    const server = await startTlsServer();
    const again = await plainConnection(h, server.port);
    const refused = await follow(h, upgradeTlsWithContext(h.modem.services(), again, { context: 1, host: 'localhost' })).catch((e: unknown) => e);
    expect((refused as InternetError).code).toBe('certificate');
    expect(internetOf(h.modem.services()).openCount).toBe(0);
    // A connection that is already closed cannot be upgraded.
    const closed = await follow(h, upgradeTlsWithContext(h.modem.services(), again, { context: 0, host: 'localhost' })).catch((e: unknown) => e);
    expect((closed as InternetError).code).toBe('closed');
    h.modem.powerOff();
  });
});

// TLS connections made with an SSL context (manual §17.2.1), against real TLS servers on
// loopback whose certificates a test CA issued: what each <authmode>, <ignoreltime>,
// <ignorecertCN>, <enableSNI>, <sslversion> and <use_tickets> does to a connection.

import { createServer, type Server, type TLSSocket } from 'node:tls';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contextBearer } from '../internet/bearer.js';
import { InternetError } from '../internet/internet.js';
import { ModemHarness } from '../testing/harness.js';
import { certificatesOf } from './certificate-store.js';
import { openTlsWithContext } from './open-tls.js';
import { issueCertificate, testPki, type KeyPair, type TestPki } from './testing/pki.js';

interface Pki extends TestPki {
  /** Issued by the CA for another name. */
  otherName: KeyPair;
  /** Issued by the CA for "localhost" and 127.0.0.1, expired in 2020. */
  expired: KeyPair;
  /** A client certificate the CA issued. */
  client: KeyPair;
}

let pki: Pki;

beforeAll(async () => {
  const shared = await testPki();
  pki = {
    ...shared,
    otherName: await issueCertificate(shared.ca, { commonName: 'example.org' }),
    expired: await issueCertificate(shared.ca, {
      commonName: 'localhost',
      ipAddresses: ['127.0.0.1'],
      validity: { notBeforeDate: new Date('2019-01-01'), notAfterDate: new Date('2020-01-01') },
    }),
    client: await issueCertificate(shared.ca, { commonName: 'module' }),
  };
}, 60_000);

const servers: Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

/** A TLS server on loopback; records the SNI and client certificate of each connection. */
async function tlsServer(identity: { key: string; cert: string }, options: { requestCert?: boolean; maxVersion?: 'TLSv1.2' | 'TLSv1.3'; minVersion?: 'TLSv1.2' | 'TLSv1.3' } = {}) {
  const seen: Array<{ sni: string | false; clientCN?: string; resumed: boolean }> = [];
  const server = createServer({ ...identity, ca: [pki.ca.cert], requestCert: options.requestCert ?? false, rejectUnauthorized: false, ...options }, (socket: TLSSocket) => {
    const peer = socket.getPeerCertificate();
    seen.push({ sni: (socket as TLSSocket & { servername: string | false }).servername, clientCN: [peer?.subject?.CN].flat()[0], resumed: socket.isSessionReused() });
    socket.on('data', (d) => socket.write(Buffer.concat([Buffer.from('echo:'), d])));
    socket.on('error', () => undefined);
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as { port: number }).port, seen };
}

async function registeredModem(): Promise<ModemHarness> {
  const h = await ModemHarness.start();
  await h.advance(10_000); // registration and the default bearer
  return h;
}

async function open(h: ModemHarness, port: number, host = 'localhost', context = 0) {
  const bearer = contextBearer(h.modem.state, 1);
  if (!bearer.ok) throw new Error('no bearer');
  const connecting = openTlsWithContext(h.modem.services(), { context, bearer: bearer.bearer, host, port, timeoutMs: 30_000 });
  // Real I/O: let virtual time follow it.
  const settled = connecting.then(
    () => undefined,
    () => undefined,
  );
  while (await Promise.race([settled.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 20))]) === false) await h.advance(10);
  return connecting;
}

async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof InternetError) return e.code;
    throw e;
  }
  return 'connected';
}

function store(h: ModemHarness, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) certificatesOf(h.modem).write(name, Buffer.from(text));
}

describe('TLS with an SSL context', () => {
  it('authmode 0 connects to any server and carries data both ways', async () => {
    const server = await tlsServer(pki.otherName);
    const h = await registeredModem();
    const conn = await open(h, server.port);
    const got = new Promise<Buffer>((r) => conn.onData(r));
    await conn.send(Buffer.from('hello'));
    expect((await got).toString()).toBe('echo:hello');
    await conn.close();
  });

  it('authmode 1 needs the CA: missing file, wrong CA, right CA', async () => {
    const server = await tlsServer(pki.server);
    const h = await registeredModem();
    await h.command('AT+CSSLCFG="authmode",0,1;+CSSLCFG="cacert",0,"ca.pem"');
    expect(await failure(open(h, server.port))).toBe('no-certificate');
    store(h, { 'ca.pem': pki.stranger.cert });
    expect(await failure(open(h, server.port))).toBe('certificate');
    store(h, { 'ca.pem': pki.ca.cert });
    expect(await failure(open(h, server.port))).toBe('connected');
  });

  it('authmode 1 checks the host name unless ignorecertCN is 1', async () => {
    const server = await tlsServer(pki.otherName);
    const h = await registeredModem();
    store(h, { 'ca.pem': pki.ca.cert });
    await h.command('AT+CSSLCFG="authmode",0,1;+CSSLCFG="cacert",0,"ca.pem"');
    expect(await failure(open(h, server.port))).toBe('certificate');
    await h.command('AT+CSSLCFG="ignorecertCN",0,1');
    expect(await failure(open(h, server.port))).toBe('connected');
  });

  it('judges certificate dates by the module RTC only when ignorelocaltime is 0', async () => {
    const server = await tlsServer(pki.expired);
    const h = await registeredModem();
    store(h, { 'ca.pem': pki.ca.cert });
    await h.command('AT+CSSLCFG="authmode",0,1;+CSSLCFG="cacert",0,"ca.pem"');
    expect(await failure(open(h, server.port))).toBe('connected'); // default ignorelocaltime 1
    await h.command('AT+CSSLCFG="ignorelocaltime",0,0');
    expect(await failure(open(h, server.port))).toBe('certificate'); // the manual clock says 2024
    await h.command('AT+CCLK="19/06/01,12:00:00+00"');
    expect(await failure(open(h, server.port))).toBe('connected'); // the RTC now says 2019
  });

  it('authmode 2 presents the client certificate', async () => {
    const server = await tlsServer(pki.server, { requestCert: true });
    const h = await registeredModem();
    store(h, { 'ca.pem': pki.ca.cert, 'client.pem': pki.client.cert, 'clientkey.pem': pki.client.key });
    await h.command('AT+CSSLCFG="authmode",0,2;+CSSLCFG="cacert",0,"ca.pem"');
    expect(await failure(open(h, server.port))).toBe('no-certificate');
    await h.command('AT+CSSLCFG="clientcert",0,"client.pem";+CSSLCFG="clientkey",0,"clientkey.pem"');
    await (await open(h, server.port)).close();
    expect(server.seen.at(-1)?.clientCN).toBe('module');
  });

  it('sends SNI only with enableSNI 1', async () => {
    const server = await tlsServer(pki.server);
    const h = await registeredModem();
    await (await open(h, server.port)).close();
    await h.command('AT+CSSLCFG="enableSNI",0,1');
    await (await open(h, server.port)).close();
    expect(server.seen.map((s) => s.sni)).toEqual([false, 'localhost']);
  });

  it('refuses versions the server does not speak: TLS 1.2 only against a TLS 1.3 server', async () => {
    const server = await tlsServer(pki.server, { minVersion: 'TLSv1.3' });
    const h = await registeredModem();
    await h.command('AT+CSSLCFG="sslversion",0,3');
    expect(await failure(open(h, server.port))).toBe('handshake');
    await h.command('AT+CSSLCFG="sslversion",0,4');
    expect(await failure(open(h, server.port))).toBe('connected');
    await h.command('AT+CSSLCFG="sslversion",0,0');
    expect(await failure(open(h, server.port))).toBe('handshake');
  });

  it('resumes the TLS session with use_tickets 1', async () => {
    const server = await tlsServer(pki.server, { maxVersion: 'TLSv1.2' });
    const h = await registeredModem();
    await h.command('AT+CSSLCFG="use_tickets",0,1');
    for (let i = 0; i < 2; i++) {
      const conn = await open(h, server.port);
      const got = new Promise<Buffer>((r) => conn.onData(r));
      await conn.send(Buffer.from('x'));
      await got;
      await conn.close();
    }
    expect(server.seen.map((s) => s.resumed)).toEqual([false, true]);
  });

  it('keeps the certificate store across restarts with a state directory', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'modemsim-certs-'));
    const a = await ModemHarness.start({ stateDir: dir });
    a.send('AT+CCERTDOWN="ca.pem",5\r');
    await a.settle();
    a.send('ABCDE');
    await a.finish();
    const b = await ModemHarness.start({ stateDir: dir });
    expect(await b.command('AT+CCERTLIST')).toBe('AT+CCERTLIST\r\r\n+CCERTLIST: "ca.pem"\r\n\r\nOK\r\n');
    expect(certificatesOf(b.modem).read('ca.pem')?.toString()).toBe('ABCDE');
  });
});

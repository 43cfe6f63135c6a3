// The SSL client (AT+CCHOPEN/CCHSEND/CCHRECV/CCHCLOSE, manual §17.2.12-17.2.15, §17.4) against
// real TLS and TCP servers on loopback: sessions over TLS with the SSL context the session
// names, plain TCP with <client_type> 1, direct push and manual receive, send reports, the
// server closing, receive errors, the bearer going, and the <err> of each failed open.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { cchRuntimeOf } from '../../cch/runtime.js';
import { tlsTestServer, type TlsTestServer } from '../../cch/testing/tls.js';
import { tcpServer, type TcpTestServer } from '../../internet/testing/servers.js';
import { certificatesOf } from '../../ssl/certificate-store.js';
import { testPki, type TestPki } from '../../ssl/testing/pki.js';
import { ModemHarness } from '../../testing/harness.js';

let pki: TestPki;
let tls: TlsTestServer;
let tcp: TcpTestServer;
const cleanups: Array<() => unknown> = [];

beforeAll(async () => {
  pki = await testPki();
  tls = await tlsTestServer(pki.server);
  tcp = await tcpServer();
}, 60_000);

afterAll(async () => {
  for (const c of cleanups.splice(0)) await c();
  await tls.close();
  await tcp.close();
});

/** A registered module, echo off, the SSL service started with `set` (AT+CCHSET) first. */
async function started(set?: string, mode?: number): Promise<ModemHarness> {
  const h = await ModemHarness.start();
  cleanups.push(() => h.modem.powerOff());
  await h.command('ATE0');
  if (set) expect(await h.command(`AT+CCHSET=${set}`)).toBe('\r\nOK\r\n');
  if (mode !== undefined) expect(await h.command(`AT+CCHMODE=${mode}`)).toBe('\r\nOK\r\n');
  expect(await h.command('AT+CCHSTART')).toBe('\r\nOK\r\n');
  await h.advance(1000);
  expect(h.take()).toBe('\r\n+CCHSTART: 0\r\n');
  return h;
}

/**
 * Runs a command line; with `until`, also waits (in real time) for output matching it, for what
 * follows real I/O (a connect, a close). Returns everything printed.
 */
async function exchange(h: ModemHarness, line: string, until?: string | RegExp): Promise<string> {
  h.take();
  h.send(`${line}\r`);
  await h.finish();
  if (until !== undefined) await h.waitForOutput(until);
  return h.take();
}

/** AT+CCHOPEN and its +CCHOPEN URC. */
async function openSession(h: ModemHarness, args: string, expectUrc: string): Promise<void> {
  expect(await exchange(h, `AT+CCHOPEN=${args}`, expectUrc)).toBe(`\r\nOK\r\n\r\n${expectUrc}\r\n`);
}

/** AT+CCHSEND with its prompt and data; returns what followed the data (up to `until`). */
async function send(h: ModemHarness, n: number, data: string | Buffer, until?: string): Promise<string> {
  h.take();
  h.send(`AT+CCHSEND=${n},${data.length}\r`);
  await h.settle();
  expect(h.take()).toBe('\r\n> ');
  h.send(data);
  await h.finish();
  if (until !== undefined) await h.waitForOutput(until);
  return h.take();
}

describe('SSL/TLS sessions', () => {
  it('connects with SSL context 0, sends, pushes what the server answers, and reports the server closing', async () => {
    const h = await started();
    const connections = tls.sockets.length;
    await openSession(h, `0,"127.0.0.1",${tls.port}`, '+CCHOPEN: 0,0');
    expect(await h.command('AT+CCHOPEN?')).toBe(`\r\n+CCHOPEN: 0,"127.0.0.1",${tls.port},2,\r\n+CCHOPEN: 1,"",,,\r\n\r\nOK\r\n`);
    expect(await send(h, 0, 'GET / HTTP/1.1\r\n\r\n')).toBe('\r\nOK\r\n');
    expect((await tls.bytes(18, connections)).toString()).toBe('GET / HTTP/1.1\r\n\r\n');
    const peer = await tls.connection(connections);
    peer.write('HTTP/1.1 200 OK\r\n\r\n');
    await h.waitForOutput('200 OK\r\n\r\n\r\n');
    expect(h.take()).toBe('\r\n+CCHRECV: DATA,0,19\r\nHTTP/1.1 200 OK\r\n\r\n\r\n');
    peer.end();
    await h.waitForOutput('+CCH_PEER_CLOSED: 0');
    expect(h.take()).toBe('\r\n+CCH_PEER_CLOSED: 0\r\n');
    expect(await h.command('AT+CCHOPEN?')).toBe('\r\n+CCHOPEN: 0,"",,,\r\n+CCHOPEN: 1,"",,,\r\n\r\nOK\r\n');
    expect(await h.command('AT+CCHCLOSE=0')).toBe('\r\nERROR\r\n');
    expect(await exchange(h, 'AT+CCHSTOP', '+CCHSTOP: 0')).toBe('\r\nOK\r\n\r\n+CCHSTOP: 0\r\n');
  });

  it('pushes more than 1024 bytes in blocks of at most 1024', async () => {
    const h = await started();
    const connections = tls.sockets.length;
    await openSession(h, `1,"localhost",${tls.port}`, '+CCHOPEN: 1,0');
    const data = Buffer.alloc(2500, 'x');
    (await tls.connection(connections)).write(data);
    await h.waitForOutput(/DATA,1,452\r\nx{452}\r\n$/);
    const out = h.take();
    const headers = [...out.matchAll(/\+CCHRECV: DATA,1,(\d+)/g)].map((m) => Number(m[1]));
    expect(headers.reduce((a, b) => a + b, 0)).toBe(2500);
    expect(Math.max(...headers)).toBeLessThanOrEqual(1024);
    expect(out.replace(/\r\n\+CCHRECV: DATA,1,\d+\r\n/g, '').replace(/\r\n/g, '')).toBe('x'.repeat(2500));
  });

  it('uses the SSL context of AT+CCHSSLCFG: authmode 1 with the test CA, and 19 when the CA file is missing', async () => {
    const h = await started();
    await h.command('AT+CSSLCFG="authmode",3,1;+CSSLCFG="cacert",3,"ca.pem"');
    expect(await h.command('AT+CCHSSLCFG=0,3')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CCHSSLCFG?')).toBe('\r\n+CCHSSLCFG: 0,3\r\n+CCHSSLCFG: 1,\r\n\r\nOK\r\n');
    await openSession(h, `0,"localhost",${tls.port}`, '+CCHOPEN: 0,19');
    // A failed open clears the session's client context: context 0 (authmode 0) would now be used.
    expect(await h.command('AT+CCHSSLCFG?')).toBe('\r\n+CCHSSLCFG: 0,\r\n+CCHSSLCFG: 1,\r\n\r\nOK\r\n');
    certificatesOf(h.modem).write('ca.pem', Buffer.from(pki.ca.cert));
    await h.command('AT+CCHCFG="sslctx",0,3');
    await openSession(h, `0,"localhost",${tls.port}`, '+CCHOPEN: 0,0');
    expect(h.modem.state.cch.sessions[0]!.lifecycle).toMatchObject({ status: 'open', sslContext: 3, clientType: 2 });
  });

  it('fails the handshake (15) when the server is not issued by the context\'s CA', async () => {
    const h = await started();
    certificatesOf(h.modem).write('other.pem', Buffer.from(pki.stranger.cert));
    await h.command('AT+CSSLCFG="authmode",1,1;+CSSLCFG="cacert",1,"other.pem"');
    // Without AT+CCHSSLCFG, session 1 uses SSL context 1.
    await openSession(h, `1,"localhost",${tls.port}`, '+CCHOPEN: 1,15');
  });

  it('closes with AT+CCHCLOSE: OK, then +CCHCLOSE: <session_id>,0 once down', async () => {
    const h = await started();
    const connections = tls.sockets.length;
    await openSession(h, `0,"127.0.0.1",${tls.port}`, '+CCHOPEN: 0,0');
    const peer = await tls.connection(connections);
    const ended = new Promise<void>((resolve) => peer.once('end', resolve));
    expect(await exchange(h, 'AT+CCHCLOSE=0', '+CCHCLOSE: 0,0')).toBe('\r\nOK\r\n\r\n+CCHCLOSE: 0,0\r\n');
    await ended;
    expect(await h.command('AT+CCHSEND=0,5')).toBe('\r\nERROR\r\n');
  });
});

describe('plain TCP sessions (<client_type> 1)', () => {
  it('carries bytes both ways without TLS', async () => {
    const h = await started();
    const connections = tcp.sockets.length;
    await openSession(h, `1,"127.0.0.1",${tcp.port},1,5000`, '+CCHOPEN: 1,0');
    expect(await h.command('AT+CCHOPEN?')).toBe(`\r\n+CCHOPEN: 0,"",,,\r\n+CCHOPEN: 1,"127.0.0.1",${tcp.port},1,5000\r\n\r\nOK\r\n`);
    expect(await send(h, 1, Buffer.from([0x00, 0x1a, 0x1b, 0x0d, 0xff]))).toBe('\r\nOK\r\n');
    expect(await tcp.bytes(5, connections)).toEqual(Buffer.from([0x00, 0x1a, 0x1b, 0x0d, 0xff]));
    (await tcp.connection(connections)).write('pong');
    await h.waitForOutput('pong\r\n');
    expect(h.take()).toBe('\r\n+CCHRECV: DATA,1,4\r\npong\r\n');
  });
});

describe('manual receive mode (AT+CCHSET=<x>,1)', () => {
  it('caches, announces with +CCHEVENT once, reads in parts, and keeps the cache after the server closed', async () => {
    const h = await started('0,1');
    const connections = tcp.sockets.length;
    await openSession(h, `0,"127.0.0.1",${tcp.port},1`, '+CCHOPEN: 0,0');
    const peer = await tcp.connection(connections);
    peer.write('0123456789');
    await h.waitForOutput('+CCHEVENT: 0,RECV EVENT');
    expect(h.take()).toBe('\r\n+CCHEVENT: 0,RECV EVENT\r\n');
    peer.write('abc');
    await new Promise((r) => setTimeout(r, 50));
    await h.settle();
    expect(h.take()).toBe(''); // no second event until the cache was emptied
    expect(await h.command('AT+CCHRECV?')).toBe('\r\n+CCHRECV: LEN,13,0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CCHRECV=0,4')).toBe('\r\nOK\r\n\r\n+CCHRECV: DATA,0,4\r\n0123\r\n\r\n+CCHRECV: 0,0\r\n');
    peer.end();
    await h.waitForOutput('+CCH_PEER_CLOSED: 0');
    h.take();
    expect(await h.command('AT+CCHRECV?')).toBe('\r\n+CCHRECV: LEN,9,0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CCHRECV=0')).toBe('\r\nOK\r\n\r\n+CCHRECV: DATA,0,9\r\n456789abc\r\n\r\n+CCHRECV: 0,0\r\n');
    expect(await h.command('AT+CCHRECV=0')).toBe('\r\n+CCHRECV: 0,11\r\n\r\nERROR\r\n');
    expect(await h.command('AT+CCHRECV=1')).toBe('\r\n+CCHRECV: 1,11\r\n\r\nERROR\r\n');
  });

  it('announces again once the cache was emptied', async () => {
    const h = await started('0,1');
    const connections = tcp.sockets.length;
    await openSession(h, `0,"127.0.0.1",${tcp.port},1`, '+CCHOPEN: 0,0');
    const peer = await tcp.connection(connections);
    peer.write('one');
    await h.waitForOutput('RECV EVENT');
    h.take();
    await h.command('AT+CCHRECV=0');
    peer.write('two');
    await h.waitForOutput('+CCHEVENT: 0,RECV EVENT');
  });
});

describe('send reports (AT+CCHSET=1)', () => {
  it('reports +CCHSEND: <session_id>,0 once the data is sent; AT+CCHSEND? shows nothing unsent', async () => {
    const h = await started('1');
    const connections = tls.sockets.length;
    await openSession(h, `0,"127.0.0.1",${tls.port}`, '+CCHOPEN: 0,0');
    expect(await send(h, 0, 'abc', '+CCHSEND: 0,0')).toBe('\r\nOK\r\n\r\n+CCHSEND: 0,0\r\n');
    await tls.bytes(3, connections);
    expect(await h.command('AT+CCHSEND?')).toBe('\r\n+CCHSEND: 0,0,1,0\r\n\r\nOK\r\n');
  });

  it('answers ERROR when the prompt gets no complete data within 120 s, and sends nothing', async () => {
    const h = await started('1');
    const connections = tcp.sockets.length;
    await openSession(h, `0,"127.0.0.1",${tcp.port},1`, '+CCHOPEN: 0,0');
    h.send('AT+CCHSEND=0,10\r');
    await h.settle();
    h.send('12345');
    await h.advance(120_000);
    expect(h.take()).toBe('\r\n> \r\nERROR\r\n');
    await new Promise((r) => setTimeout(r, 50));
    expect(tcp.received[connections]?.length ?? 0).toBe(0);
  });
});

describe('failures and events', () => {
  it('answers ERROR before the service is started, for a busy session, and for a bad session number', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command(`AT+CCHOPEN=0,"127.0.0.1",${tls.port}`)).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CCHSEND=0,5')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CCHSTOP')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CCHSTART')).toBe('\r\nOK\r\n');
    await h.advance(1000);
    h.take();
    expect(await h.command('AT+CCHSTART')).toBe('\r\nERROR\r\n');
    expect(await h.command(`AT+CCHOPEN=2,"127.0.0.1",${tls.port}`)).toBe('\r\nERROR\r\n');
    await openSession(h, `0,"127.0.0.1",${tls.port}`, '+CCHOPEN: 0,0');
    expect(await h.command(`AT+CCHOPEN=0,"127.0.0.1",${tls.port}`)).toBe('\r\nERROR\r\n');
    h.modem.powerOff();
  });

  it('reports the <err> of a failed open: 14 refused, 13 no DNS, 5 no answer', async () => {
    const h = await started();
    const closed = await tcpServer();
    const port = closed.port;
    await closed.close();
    await openSession(h, `0,"127.0.0.1",${port}`, '+CCHOPEN: 0,14');
    await openSession(h, '0,"www.example.com",443', '+CCHOPEN: 0,13');
    expect(await h.command('AT+CCHOPEN=1,"203.0.113.7",443')).toBe('\r\nOK\r\n');
    await h.advance(120_000);
    expect(h.take()).toBe('\r\n+CCHOPEN: 1,5\r\n');
  });

  it('reports a receive error (reset) as +CCH_RECV_CLOSED: <session_id>,6', async () => {
    const h = await started();
    const connections = tcp.sockets.length;
    await openSession(h, `0,"127.0.0.1",${tcp.port},1`, '+CCHOPEN: 0,0');
    (await tcp.connection(connections)).resetAndDestroy();
    await h.waitForOutput('+CCH_RECV_CLOSED: 0,6');
    expect(h.take()).toBe('\r\n+CCH_RECV_CLOSED: 0,6\r\n');
    expect(h.modem.state.cch.sessions[0]!.lifecycle).toBeUndefined();
  });

  it('stops the service when its bearer goes: +CCH_RECV_CLOSED: <session_id>,9 then +CCH:CCH STOP', async () => {
    const h = await started();
    await openSession(h, `1,"127.0.0.1",${tcp.port},1`, '+CCHOPEN: 1,0');
    await new ModemControl(h.modem).run('deactivate context', { cid: 1 });
    await h.settle();
    expect(h.take()).toBe('\r\n+CCH_RECV_CLOSED: 1,9\r\n\r\n+CCH:CCH STOP\r\n');
    expect(h.modem.state.cch.service).toEqual({});
    expect(await h.command('AT+CCHSTOP')).toBe('\r\nERROR\r\n');
    expect(cchRuntimeOf(h.modem.services()).sessions[1]).toBeUndefined();
  });

  it('the "cch break" control action resets a session: +CCH_RECV_CLOSED: <session_id>,6', async () => {
    const h = await started();
    const connections = tcp.sockets.length;
    await openSession(h, `0,"127.0.0.1",${tcp.port},1`, '+CCHOPEN: 0,0');
    const peer = await tcp.connection(connections);
    const reset = new Promise<string | undefined>((resolve) => peer.once('error', (e: NodeJS.ErrnoException) => resolve(e.code)));
    await new ModemControl(h.modem).run('cch break', { session: 0 });
    await h.settle();
    expect(h.take()).toBe('\r\n+CCH_RECV_CLOSED: 0,6\r\n');
    expect(await reset).toBe('ECONNRESET');
    const status = (await new ModemControl(h.modem).run('cch status')) as { sessions: Array<{ status: string }> };
    expect(status.sessions.map((s) => s.status)).toEqual(['closed', 'closed']);
  });

  it('power-off with a TLS session open resets its connection', async () => {
    const h = await started();
    const connections = tls.sockets.length;
    await openSession(h, `0,"127.0.0.1",${tls.port}`, '+CCHOPEN: 0,0');
    const peer = await tls.connection(connections);
    const gone = new Promise<void>((resolve) => peer.once('close', () => resolve()));
    h.modem.powerOff();
    await gone;
    expect(cchRuntimeOf(h.modem.services()).sessions[0]).toBeUndefined();
  });

  it('AT+CCHSTOP closes the sessions still open and releases a context it activated', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    await h.command('AT+CGDCONT=2,"IP","cmnet"');
    expect(await h.command('AT+CCHSTART=2')).toBe('\r\nOK\r\n');
    await h.advance(5000);
    expect(h.take()).toBe('\r\n+CCHSTART: 0,2\r\n');
    expect(await h.command('AT+CCHCFG="SCID"')).toBe('\r\n+CCHCFG: "SCID",0,2\r\n+CCHCFG: "SCID",1,2\r\n\r\nOK\r\n');
    await openSession(h, `0,"127.0.0.1",${tcp.port},1`, '+CCHOPEN: 0,0');
    expect(await exchange(h, 'AT+CCHSTOP=2', '+CCHSTOP: 0,2')).toBe('\r\nOK\r\n\r\n+CCHCLOSE: 0,0\r\n\r\n+CCHSTOP: 0,2\r\n');
    expect(h.modem.state.packet.contexts[2]).toBeUndefined();
    expect(h.modem.state.packet.contexts[1]?.status).toBe('active');
    h.modem.powerOff();
  });
});

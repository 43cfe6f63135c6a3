// Transparent mode of the SSL client (AT+CCHMODE=1, manual §17.2.6, §17.2.12-17.2.13): session 0
// as the channel's data session over TLS to a real server on loopback — CONNECT, data both
// ways, +++ and ATO, AT+CCHCLOSE with CLOSED, the server closing, CONNECT FAIL.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { tlsTestServer, type TlsTestServer } from '../../cch/testing/tls.js';
import { testPki, type TestPki } from '../../ssl/testing/pki.js';
import { ModemHarness } from '../../testing/harness.js';

let pki: TestPki;
let echo: TlsTestServer;
const cleanups: Array<() => unknown> = [];

beforeAll(async () => {
  pki = await testPki();
  echo = await tlsTestServer(pki.server, (socket) => socket.on('data', (d: Buffer) => socket.write(Buffer.concat([Buffer.from('echo:'), d]))));
}, 60_000);

afterAll(async () => {
  for (const c of cleanups.splice(0)) await c();
  await echo.close();
});

async function transparentService(): Promise<ModemHarness> {
  const h = await ModemHarness.start();
  cleanups.push(() => h.modem.powerOff());
  await h.command('ATE0');
  expect(await h.command('AT+CCHMODE=1')).toBe('\r\nOK\r\n');
  await h.command('AT+CCHSTART');
  await h.advance(1000);
  expect(h.take()).toBe('\r\n+CCHSTART: 0\r\n');
  return h;
}

/** +++ with its guard times: back in command mode with OK. */
async function escape(h: ModemHarness): Promise<void> {
  await h.advance(1000);
  h.take();
  h.send('+++');
  await h.advance(1000);
  await h.settle();
  expect(h.take()).toBe('\r\nOK\r\n');
}

describe('transparent mode (AT+CCHMODE=1)', () => {
  it('CONNECT, data both ways over TLS, +++ and ATO, AT+CCHCLOSE=0 with CLOSED', async () => {
    const h = await transparentService();
    const connections = echo.sockets.length;
    expect(await h.command('AT+CCHMODE=0')).toBe('\r\nERROR\r\n'); // not while the service runs
    expect(await h.command(`AT+CCHOPEN=1,"127.0.0.1",${echo.port}`)).toBe('\r\nERROR\r\n'); // session 0 only
    expect(await h.command(`AT+CCHOPEN=0,"127.0.0.1",${echo.port}`)).toBe('\r\nCONNECT 115200\r\n');
    h.send('AT+CSQ\r');
    expect((await echo.bytes(7, connections)).toString()).toBe('AT+CSQ\r');
    expect(await h.waitForOutput('echo:AT+CSQ\r')).toBe('echo:AT+CSQ\r');
    await escape(h);
    expect(await h.command('AT+CCHOPEN?')).toBe(`\r\n+CCHOPEN: 0,"127.0.0.1",${echo.port},2,\r\n+CCHOPEN: 1,"",,,\r\n\r\nOK\r\n`);
    expect(await h.command('AT+CCHSEND=0,3')).toBe('\r\nERROR\r\n'); // its data goes in data mode
    // What the server sends while the DTE is in command mode is held until ATO.
    (await echo.connection(connections)).write('held');
    await new Promise((r) => setTimeout(r, 50));
    expect(await h.command('ATO')).toBe('\r\nCONNECT\r\nheld');
    await escape(h);
    h.send('AT+CCHCLOSE=0\r');
    await h.finish();
    await h.waitForOutput('CLOSED');
    expect(h.take()).toBe('\r\nOK\r\n\r\nCLOSED\r\n');
    expect(await h.command('ATO')).toBe('\r\nNO CARRIER\r\n');
  });

  it('the server closing ends data mode with NO CARRIER and +CCH_PEER_CLOSED: 0', async () => {
    const h = await transparentService();
    const connections = echo.sockets.length;
    expect(await h.command(`AT+CCHOPEN=0,"localhost",${echo.port}`)).toBe('\r\nCONNECT 115200\r\n');
    (await echo.connection(connections)).end();
    expect(await h.waitForOutput('+CCH_PEER_CLOSED')).toBe('\r\nNO CARRIER\r\n\r\n+CCH_PEER_CLOSED: 0\r\n');
    h.take();
    expect(await h.command('AT+CCHOPEN?')).toBe('\r\n+CCHOPEN: 0,"",,,\r\n+CCHOPEN: 1,"",,,\r\n\r\nOK\r\n');
  });

  it('ATH ends the suspended session and closes the connection', async () => {
    const h = await transparentService();
    const connections = echo.sockets.length;
    await h.command(`AT+CCHOPEN=0,"127.0.0.1",${echo.port}`);
    const peer = await echo.connection(connections);
    const ended = new Promise<void>((resolve) => peer.once('end', resolve));
    await escape(h);
    expect(await h.command('ATH')).toBe('\r\nOK\r\n');
    await ended;
    expect(h.modem.state.cch.sessions[0]!.lifecycle).toBeUndefined();
  });

  it('AT+CCHSTOP after +++ ends the suspended session with CLOSED', async () => {
    const h = await transparentService();
    const connections = echo.sockets.length;
    await h.command(`AT+CCHOPEN=0,"127.0.0.1",${echo.port}`);
    const peer = await echo.connection(connections);
    const ended = new Promise<void>((resolve) => peer.once('end', resolve));
    await escape(h);
    h.send('AT+CCHSTOP\r');
    await h.finish();
    await h.waitForOutput('+CCHSTOP: 0');
    expect(h.take()).toBe('\r\nOK\r\n\r\nCLOSED\r\n\r\n+CCHSTOP: 0\r\n');
    await ended;
    expect(await h.command('ATO')).toBe('\r\nNO CARRIER\r\n');
  });

  it('losing the bearer in data mode: NO CARRIER, +CCH_RECV_CLOSED: 0,9, +CCH:CCH STOP', async () => {
    const h = await transparentService();
    await h.command(`AT+CCHOPEN=0,"127.0.0.1",${echo.port}`);
    await new ModemControl(h.modem).run('set coverage', { on: false });
    await h.settle();
    expect(h.take()).toMatch(/^\r\nNO CARRIER\r\n\r\n\+CCH_RECV_CLOSED: 0,9\r\n(\r\n\+C[EG]?REG: [^\r]*\r\n)*\r\n\+CCH:CCH STOP\r\n/);
  });

  it('CONNECT FAIL when the server cannot be reached', async () => {
    const h = await transparentService();
    expect(await h.command('AT+CCHOPEN=0,"www.example.com",443')).toBe('\r\nCONNECT FAIL\r\n');
    expect(h.modem.state.cch.sessions[0]!.lifecycle).toBeUndefined();
  });
});

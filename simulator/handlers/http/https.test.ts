// HTTPS (§14.2.3 "SSLCFG", §14.2.4): https:// URLs go over TLS with the SSL context AT+HTTPPARA
// names (AT+CSSLCFG, chapter 17), against real HTTPS servers on loopback whose certificate a test
// CA issued.

import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commandThen, httpModem, nameServer } from '../../http/testing/modem.js';
import { httpServer, httpsServer, type HttpTestServer } from '../../http/testing/servers.js';
import { certificatesOf } from '../../ssl/certificate-store.js';
import { testPki, type TestPki } from '../../ssl/testing/pki.js';
import type { ModemHarness } from '../../testing/harness.js';

let pki: TestPki;
beforeAll(async () => {
  pki = await testPki();
}, 60_000);

const closers: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

async function secureServer(identity = pki.server): Promise<HttpTestServer> {
  const s = await httpsServer(identity, (req, res) => res.end(`secure ${req.method} ${req.url}`));
  closers.push(() => s.close());
  return s;
}

async function modem(): Promise<ModemHarness> {
  const h = await httpModem();
  closers.push(() => h.modem.powerOff());
  return h;
}

describe('HTTPS', () => {
  it('with SSL context 0 as it starts (authmode 0): the exchange goes over TLS', async () => {
    const s = await secureServer();
    const h = await modem();
    await h.command(`AT+HTTPPARA="URL","https://127.0.0.1:${s.port}/private"`);
    expect(await commandThen(h, 'AT+HTTPACTION=0', '+HTTPACTION:')).toBe('\r\nOK\r\n\r\n+HTTPACTION: 0,200,19\r\n');
    expect(await h.command('AT+HTTPREAD=0,50')).toBe('\r\nOK\r\n\r\n+HTTPREAD: 19\r\nsecure GET /private\r\n+HTTPREAD: 0\r\n');
  });

  it('port 443 by default for https://', async () => {
    const s = await secureServer();
    const h = await modem();
    await nameServer(h, 'www.example.com', '93.184.216.34', s.port, 443);
    await h.command('AT+HTTPPARA="URL","https://www.example.com/"');
    expect(await commandThen(h, 'AT+HTTPACTION=0', '+HTTPACTION:')).toBe('\r\nOK\r\n\r\n+HTTPACTION: 0,200,12\r\n');
  });

  it('"SSLCFG" picks the context: server authentication with the CA of the store', async () => {
    const s = await secureServer();
    const h = await modem();
    await nameServer(h, 'www.example.com', '93.184.216.34', s.port, 443);
    certificatesOf(h.modem).write('ca.pem', Buffer.from(pki.ca.cert));
    await h.command('AT+CSSLCFG="authmode",3,1;+CSSLCFG="cacert",3,"ca.pem";+CSSLCFG="enableSNI",3,1');
    await h.command('AT+HTTPPARA="URL","https://www.example.com/"');
    await h.command('AT+HTTPPARA="SSLCFG",3');
    expect(await commandThen(h, 'AT+HTTPACTION=0', '+HTTPACTION:')).toBe('\r\nOK\r\n\r\n+HTTPACTION: 0,200,12\r\n');
  });

  it('715 when the context refuses the server (a CA that did not issue its certificate)', async () => {
    const s = await secureServer();
    const h = await modem();
    certificatesOf(h.modem).write('ca.pem', Buffer.from(pki.stranger.cert));
    await h.command('AT+CSSLCFG="authmode",0,1;+CSSLCFG="cacert",0,"ca.pem"');
    await h.command(`AT+HTTPPARA="URL","https://127.0.0.1:${s.port}/"`);
    expect(await commandThen(h, 'AT+HTTPACTION=0', '+HTTPACTION:')).toBe('\r\nOK\r\n\r\n+HTTPACTION: 0,715,0\r\n');
    expect(s.requests).toHaveLength(0);
  });

  it('719 "CA missed" when the context names a CA file the store lacks', async () => {
    const s = await secureServer();
    const h = await modem();
    await h.command('AT+CSSLCFG="authmode",0,1;+CSSLCFG="cacert",0,"missing.pem"');
    await h.command(`AT+HTTPPARA="URL","https://127.0.0.1:${s.port}/"`);
    expect(await commandThen(h, 'AT+HTTPACTION=0', '+HTTPACTION:')).toBe('\r\nOK\r\n\r\n+HTTPACTION: 0,719,0\r\n');
  });

  it('715 when the server does not speak TLS', async () => {
    const plain = await httpServer((_req, res) => res.end('plain'));
    closers.push(() => plain.close());
    const h = await modem();
    await h.command(`AT+HTTPPARA="URL","https://127.0.0.1:${plain.port}/"`);
    expect(await commandThen(h, 'AT+HTTPACTION=0', '+HTTPACTION:')).toBe('\r\nOK\r\n\r\n+HTTPACTION: 0,715,0\r\n');
  });

  it('POST over TLS carries the AT+HTTPDATA data', async () => {
    const s = await httpsServer(pki.server, (req, res) => res.end(`got ${req.body.length}`));
    closers.push(() => s.close());
    const h = await modem();
    await h.command(`AT+HTTPPARA="URL","https://127.0.0.1:${s.port}/up"`);
    await h.command('AT+HTTPDATA=10,10');
    h.send('0123456789');
    await h.finish();
    expect(await commandThen(h, 'AT+HTTPACTION=1', '+HTTPACTION:')).toBe('\r\nOK\r\n\r\n+HTTPACTION: 1,200,6\r\n');
    expect((await s.request()).body.toString()).toBe('0123456789');
  });

  it('power-off during an HTTPS request closes the TLS connection (the internet layer destroys a TLS socket it cannot reset)', async () => {
    let closed = false;
    const s = await httpsServer(pki.server, (_req, res) => {
      res.socket?.on('close', () => (closed = true)); // and never answers
    });
    closers.push(() => s.close());
    const h = await modem();
    await h.command(`AT+HTTPPARA="URL","https://127.0.0.1:${s.port}/"`);
    await h.command('AT+HTTPACTION=0');
    await s.request();
    expect(() => h.modem.powerOff()).not.toThrow();
    await expect.poll(() => closed).toBe(true);
  });
});

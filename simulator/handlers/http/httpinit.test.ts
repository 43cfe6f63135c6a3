// AT+HTTPINIT / AT+HTTPTERM (§14.2.1-14.2.2): starting the service on a PDP context, stopping it,
// and what stopping ends.

import { afterEach, describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { httpServer, rawServer, type HttpTestServer, type RawTestServer } from '../../http/testing/servers.js';
import { httpModem } from '../../http/testing/modem.js';
import type { ModemHarness } from '../../testing/harness.js';
import { HTTP_START_MS } from './httpinit.js';

const closers: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

async function modem(init = false): Promise<ModemHarness> {
  const h = await httpModem({ init });
  closers.push(() => h.modem.powerOff());
  return h;
}

/** A command, then `ms` of virtual time for the URCs it announces. */
async function commandAndWait(h: ModemHarness, line: string, ms = 10_000): Promise<string> {
  const out = await h.command(line);
  await h.advance(ms);
  return out + h.take();
}

async function server(handler: Parameters<typeof httpServer>[0]): Promise<HttpTestServer> {
  const s = await httpServer(handler);
  closers.push(() => s.close());
  return s;
}

describe('AT+HTTPINIT', () => {
  it('answers its test form with the contexts 1-15', async () => {
    const h = await modem();
    expect(await h.command('AT+HTTPINIT=?')).toBe('\r\n+HTTPINIT: (1-15)\r\n\r\nOK\r\n');
    expect(await h.command('AT+HTTPTERM=?')).toBe('\r\n+HTTPTERM: (1-15)\r\n\r\nOK\r\n');
  });

  it('starts on the active default bearer after its start-up time; a second start is ERROR', async () => {
    const h = await modem();
    const t0 = h.clock.now();
    expect(await h.command('AT+HTTPINIT')).toBe('\r\nOK\r\n');
    expect(h.clock.now() - t0).toBe(HTTP_START_MS);
    expect(h.modem.state.http.service).toMatchObject({ status: 'started', cid: 1 });
    expect(await h.command('AT+HTTPINIT')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+HTTPINIT=1')).toBe('\r\nERROR\r\n');
  });

  it('write form: OK, then +HTTPINIT: 0,<cid> once the context is activated', async () => {
    const h = await modem();
    await h.command('AT+CGDCONT=2,"IP","cmnet"');
    const out = await commandAndWait(h, 'AT+HTTPINIT=2');
    expect(out).toBe('\r\nOK\r\n\r\n+HTTPINIT: 0,2\r\n');
    expect(h.modem.state.packet.contexts[2]).toMatchObject({ status: 'active' });
    expect(h.modem.state.http.service).toMatchObject({ status: 'started', cid: 2 });
  });

  it('write form: +HTTPINIT: 709,<cid> when the network refuses the context, and the service stays stopped', async () => {
    const h = await modem();
    await new ModemControl(h.modem).run('set data network', { apns: 'internet' });
    await h.command('AT+CGDCONT=3,"IP","nowhere"');
    expect(await commandAndWait(h, 'AT+HTTPINIT=3')).toBe('\r\nOK\r\n\r\n+HTTPINIT: 709,3\r\n');
    expect(h.modem.state.http.service.status).toBe('stopped');
    expect(await commandAndWait(h, 'AT+HTTPINIT=3')).toBe('\r\nOK\r\n\r\n+HTTPINIT: 709,3\r\n');
  });

  it('is ERROR (execute) or +HTTPINIT: 717 (write) when the module is not registered', async () => {
    const h = await modem();
    await h.command('AT+CFUN=0');
    expect(await h.command('AT+HTTPINIT')).toBe('\r\nERROR\r\n');
    expect(await commandAndWait(h, 'AT+HTTPINIT=1')).toBe('\r\nOK\r\n\r\n+HTTPINIT: 717,1\r\n');
    expect(h.modem.state.http.service.status).toBe('stopped');
  });

  it('takes <cid> 1-15 only', async () => {
    const h = await modem();
    expect(await h.command('AT+HTTPINIT=0')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+HTTPINIT=16')).toBe('\r\nERROR\r\n');
  });

  it('refuses every other command of the chapter before it (manual: "You must execute AT+HTTPINIT before any other HTTP related operations")', async () => {
    const h = await modem();
    for (const line of ['AT+HTTPPARA="URL","http://a.b/"', 'AT+HTTPACTION=0', 'AT+HTTPHEAD', 'AT+HTTPREAD?', 'AT+HTTPREAD=0,10', 'AT+HTTPDATA=5,10', 'AT+HTTPPOSTFILE="a.txt"', 'AT+HTTPREADFILE="a.txt"', 'AT+HTTPTERM', 'AT+HTTPTERM=1']) {
      expect(await h.command(line), line).toBe('\r\nERROR\r\n');
    }
  });
});

describe('AT+HTTPTERM', () => {
  it('stops the service, which forgets its parameters, data and response', async () => {
    const s = await server((_req, res) => res.end('content'));
    const h = await modem(true);
    await h.command(`AT+HTTPPARA="URL","http://127.0.0.1:${s.port}/"`);
    await h.command('AT+HTTPACTION=0');
    expect(await h.command('AT+HTTPREAD?')).toBe('\r\n+HTTPREAD: LEN,7\r\n\r\nOK\r\n');
    expect(await h.command('AT+HTTPTERM')).toBe('\r\nOK\r\n');
    expect(h.modem.state.http.service.status).toBe('stopped');
    expect(await h.command('AT+HTTPTERM')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+HTTPINIT')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+HTTPREAD?')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+HTTPACTION=0')).toBe('\r\nERROR\r\n'); // no URL any more
  });

  it('write form: OK then +HTTPTERM: 0,<cid>; ERROR for another context', async () => {
    const h = await modem(true);
    expect(await h.command('AT+HTTPTERM=2')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+HTTPTERM=1')).toBe('\r\nOK\r\n\r\n+HTTPTERM: 0,1\r\n');
    expect(h.modem.state.http.service.status).toBe('stopped');
  });

  it('ends a request in progress without a +HTTPACTION, and closes the connection', async () => {
    let sockets = 0;
    const silent: RawTestServer = await rawServer(() => {
      sockets++; // never answers
    });
    closers.push(() => silent.close());
    const h = await modem(true);
    await h.command(`AT+HTTPPARA="URL","http://127.0.0.1:${silent.port}/"`);
    h.send('AT+HTTPACTION=0\r');
    await h.settle();
    await expect.poll(() => sockets).toBe(1);
    h.take();
    expect(await h.command('AT+HTTPTERM')).toBe('\r\nOK\r\n');
    await h.advance(60_000);
    expect(h.take()).toBe('');
  });

  it('leaves the PDP context active', async () => {
    const h = await modem(true);
    await h.command('AT+HTTPTERM');
    expect(h.modem.state.packet.contexts[1]).toMatchObject({ status: 'active' });
  });
});

// Chapter 12 against real servers on loopback: an SNTP server (RFC 4330) and an HTTP server
// whose Date header sets the clock. The module's "ntp.example:123" / "htp.example:80" are routed
// to them (control "set host" + "internet route").

import { afterEach, describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { ModemHarness } from '../../testing/harness.js';
import { httpDateServer, sntpServer } from '../../internet/testing/servers.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function module() {
  const h = await ModemHarness.start();
  cleanups.push(() => h.modem.powerOff());
  await h.command('ATE0');
  const control = new ModemControl(h.modem);
  return { h, control };
}

const SERVER_TIME = Date.UTC(2025, 2, 14, 9, 26, 53);

describe('AT+CNTP (SNTP)', () => {
  it('sets the +CCLK clock to the server time in the given zone', async () => {
    const ntp = await sntpServer(() => SERVER_TIME);
    cleanups.push(() => ntp.close());
    const { h, control } = await module();
    await control.run('set host', { name: 'ntp.example', address: '192.0.2.123' });
    await control.run('internet route', { to: '192.0.2.123:123', port: ntp.port });
    expect(await h.command('AT+CNTP?')).toBe('\r\n+CNTP: "",32\r\n\r\nOK\r\n');
    expect(await h.command('AT+CNTP')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CNTP="ntp.example",-20')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CNTP?')).toBe('\r\n+CNTP: "ntp.example",-20\r\n\r\nOK\r\n');
    expect(await h.command('AT+CNTP')).toBe('\r\nOK\r\n\r\n+CNTP: 0\r\n');
    expect(ntp.requests).toBe(1);
    // 09:26:53 UTC in zone -20 quarters (-5 h): 04:26:53-20.
    expect(await h.command('AT+CCLK?')).toBe('\r\n+CCLK: "25/03/14,04:26:53-20"\r\n\r\nOK\r\n');
  });

  it('times out (6) with no answer, reports 1 for a kiss-o\'-death, 4 without a bearer', async () => {
    const silent = await sntpServer(() => SERVER_TIME, { reply: false });
    const kod = await sntpServer(() => SERVER_TIME, { stratum: 0 });
    cleanups.push(() => silent.close(), () => kod.close());
    const { h, control } = await module();
    await control.run('internet route', { to: '192.0.2.1:123', port: silent.port });
    await control.run('internet route', { to: '192.0.2.2:123', port: kod.port });
    await h.command('AT+CNTP="192.0.2.1"');
    expect(await h.command('AT+CNTP')).toBe('\r\nOK\r\n');
    await h.advance(9999);
    expect(h.take()).toBe('');
    await h.advance(1);
    expect(h.take()).toBe('\r\n+CNTP: 6\r\n');
    await h.command('AT+CNTP="192.0.2.2"');
    expect(await h.command('AT+CNTP')).toBe('\r\nOK\r\n\r\n+CNTP: 1\r\n');
    await control.run('set coverage', { on: false });
    await h.command('AT+CNTPCFG="CID",2');
    expect(await h.command('AT+CNTPCFG="CID"')).toBe('\r\n+CNTPCFG: "CID",2\r\n\r\nOK\r\n');
    expect(await h.command('AT+CNTP')).toBe('\r\nOK\r\n\r\n+CNTP: 4\r\n');
  });
});

describe('AT+CHTPSERV / AT+CHTPUPDATE (HTP)', () => {
  it('keeps a server list and sets the clock from the Date header', async () => {
    const http = await httpDateServer(() => 'Fri, 14 Mar 2025 09:26:53 GMT');
    cleanups.push(() => http.close());
    const { h, control } = await module();
    await control.run('set host', { name: 'htp.example', address: '192.0.2.80' });
    await control.run('internet route', { to: '192.0.2.80:80', port: http.port });
    expect(await h.command('AT+CHTPUPDATE')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CHTPSERV="ADD","htp.example",80,1')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CHTPSERV="ADD","second.example",8080,0,"proxy.example",3128')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CHTPSERV?')).toBe(
      '\r\n+CHTPSERV: 0,"htp.example",80,1\r\n+CHTPSERV: 1,"second.example",8080,0,"proxy.example",3128\r\n\r\nOK\r\n',
    );
    expect(await h.command('AT+CHTPSERV="DEL",1')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CHTPSERV="DEL",5')).toBe('\r\nERROR\r\n');
    await h.command('AT+CCLK="24/01/01,00:00:00+32"');
    h.take();
    h.send('AT+CHTPUPDATE\rAT+CHTPUPDATE?\r');
    expect(await h.waitForOutput('+CHTPUPDATE: 0')).toBe('\r\nOK\r\n\r\n+CHTPUPDATE: Updating\r\n\r\nOK\r\n\r\n+CHTPUPDATE: 0\r\n');
    h.take();
    expect(http.requests).toEqual([{ method: 'HEAD', url: '/', httpVersion: '1.1' }]);
    expect(await h.command('AT+CHTPUPDATE?')).toBe('\r\n+CHTPUPDATE: NULL\r\n\r\nOK\r\n');
    expect(await h.command('AT+CCLK?')).toBe('\r\n+CCLK: "25/03/14,17:26:53+32"\r\n\r\nOK\r\n');
  });

  it('reports 3 for a response without Date and 4 when the server cannot be reached', async () => {
    const http = await httpDateServer(() => undefined);
    cleanups.push(() => http.close());
    const { h, control } = await module();
    await control.run('internet route', { to: '192.0.2.81:80', port: http.port });
    await h.command('AT+CHTPSERV="ADD","192.0.2.81",80,0');
    expect(await h.command('AT+CHTPUPDATE')).toBe('\r\nOK\r\n\r\n+CHTPUPDATE: 3\r\n');
    expect(http.requests[0]!.httpVersion).toBe('1.0');
    await h.command('AT+CHTPSERV="DEL",0');
    await h.command('AT+CHTPSERV="ADD","unknown.example",80,1');
    expect(await h.command('AT+CHTPUPDATE')).toBe('\r\nOK\r\n\r\n+CHTPUPDATE: 4\r\n');
    expect(await h.command('AT+CHTPCFG="CID",16')).toBe('\r\nERROR\r\n');
  });
});

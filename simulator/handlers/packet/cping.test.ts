// SIM767XX §5.2.12 AT+CPING.

import { describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+CPING', () => {
  it('answers OK, then one result per ping at the interval, then the summary', async () => {
    const h = await ModemHarness.start();
    const control = new ModemControl(h.modem);
    await h.command('ATE0');
    await control.run('set host', { name: 'example.com', address: '93.184.216.34', rttMs: 40 });
    expect(await h.command('AT+CPING="example.com",1,3,32,1000')).toBe('\r\nOK\r\n');
    // rtt = 40 + 32/16 = 42 ms.
    await h.advance(41);
    expect(h.take()).toBe('');
    await h.advance(1);
    expect(h.take()).toBe('\r\n+CPING: 1,93.184.216.34,32,42,54\r\n');
    await h.advance(1000);
    expect(h.take()).toBe('\r\n+CPING: 1,93.184.216.34,32,42,54\r\n');
    await h.advance(1000);
    expect(h.take()).toBe('\r\n+CPING: 1,93.184.216.34,32,42,54\r\n\r\n+CPING: 3,3,3,0,42,42,42\r\n');
  });

  it('times out on unreachable hosts after <wait_time>, and loses pings when the network goes', async () => {
    const h = await ModemHarness.start();
    const control = new ModemControl(h.modem);
    await h.command('ATE0');
    await control.run('set host', { name: '10.1.1.1', reachable: false });
    await h.command('AT+CPING="10.1.1.1",1,1,64,1000,15000');
    await h.advance(14_999);
    expect(h.take()).toBe('');
    await h.advance(1);
    expect(h.take()).toBe('\r\n+CPING: 2\r\n\r\n+CPING: 3,1,0,1,0,0,0\r\n');
    await h.command('AT+CPING="8.8.8.8",1,2,64,2000');
    await h.advance(100);
    await control.run('set coverage', { on: false });
    await h.advance(20_000);
    expect(h.take()).toBe('\r\n+CPING: 1,8.8.8.8,64,52,54\r\n\r\n+CPING: 2\r\n\r\n+CPING: 3,2,1,1,52,52,52\r\n');
  });

  it('refuses IPv6, bad ranges, and pinging without a network', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    for (const bad of ['"a",2', '"a",1,6', '"a",1,1,3', '"a",1,1,64,999', '"a",1,1,64,1000,9999', '"a",1,1,64,1000,10000,15', 'a,1', '"",1']) {
      expect(await h.command(`AT+CPING=${bad}`), bad).toBe('\r\nERROR\r\n');
    }
    await h.command('AT+CFUN=4');
    expect(await h.command('AT+CPING="8.8.8.8",1')).toBe('\r\nERROR\r\n');
  });
});

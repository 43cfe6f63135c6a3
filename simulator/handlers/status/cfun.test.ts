// SIM767XX §3.2.1 AT+CFUN: the forms and their errors (the network effects are in
// simulator/network/radio.test.ts).

import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+CFUN', () => {
  it('reads, tests and refuses values the manual does not list', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+CFUN?')).toBe('\r\n+CFUN: 1\r\n\r\nOK\r\n');
    expect(await h.command('AT+CFUN=?')).toBe('\r\n+CFUN: (0-1,4-7),(0-1)\r\n\r\nOK\r\n');
    expect(await h.command('AT+CFUN=2')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CFUN=1,2')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CFUN=')).toBe('\r\nERROR\r\n');
  });

  it('takes the RF switch time before OK, and none when nothing changes', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    h.send('AT+CFUN=4\r');
    await h.settle();
    expect(h.take()).toBe('');
    await h.finish();
    expect(h.take()).toBe('\r\nOK\r\n');
    h.send('AT+CFUN=4\r');
    await h.settle();
    expect(h.take()).toBe('\r\nOK\r\n');
    h.send('AT+CFUN=5\r');
    await h.finish();
    expect(await h.command('AT+CFUN?')).toBe('\r\n+CFUN: 5\r\n\r\nOK\r\n');
  });

  it('is NO_SAVE: a restart brings full functionality back', async () => {
    const h = await ModemHarness.start();
    await h.command('AT+CFUN=4');
    await h.command('AT+CRESET');
    await h.advance(10_000);
    h.take();
    expect(await h.command('AT+CFUN?')).toBe('AT+CFUN?\r\r\n+CFUN: 1\r\n\r\nOK\r\n');
  });
});

// SIM767XX §3.2.7 AT+CCLK: the RTC on the virtual clock.

import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+CCLK', () => {
  it('runs on the virtual clock from the time set', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+CCLK="14/01/01,04:14:36+08"')).toBe('\r\nOK\r\n');
    await h.advance(61_000);
    expect(await h.command('AT+CCLK?')).toBe('\r\n+CCLK: "14/01/01,04:15:37+08"\r\n\r\nOK\r\n');
    await h.advance(24 * 3600_000);
    expect(await h.command('AT+CCLK?')).toBe('\r\n+CCLK: "14/01/02,04:15:37+08"\r\n\r\nOK\r\n');
  });

  it('prints a zero zone as +00 and refuses malformed times', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+CCLK="24/02/29,23:59:59-00"')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CCLK?')).toBe('\r\n+CCLK: "24/02/29,23:59:59+00"\r\n\r\nOK\r\n');
    for (const bad of ['"24/13/01,00:00:00+00"', '"23/02/29,00:00:00+00"', '"24/01/01,24:00:00+00"', '"24/01/01,00:00:00+97"', '"24/01/01,00:00:00"', '24']) {
      expect(await h.command(`AT+CCLK=${bad}`), bad).toBe('\r\nERROR\r\n');
    }
  });

  it('keeps the time across a restart (AUTO_SAVE) and refuses manual setting under +CTZU=3', async () => {
    const h = await ModemHarness.start();
    await h.command('AT+CCLK="20/06/15,12:00:00-16"');
    await h.command('AT+CRESET');
    await h.advance(10_000);
    h.take();
    await h.command('ATE0');
    // The restart took 10 s of virtual time; registration then wrote NITZ (CTZU=1: GMT and zone).
    expect(await h.command('AT+CTZU=0;+CCLK="20/06/15,12:00:00-16"')).toBe('\r\nOK\r\n');
    await h.command('AT+CRESET');
    await h.advance(10_000);
    h.take();
    await h.command('ATE0');
    expect(await h.command('AT+CCLK?')).toBe('\r\n+CCLK: "20/06/15,12:00:10-16"\r\n\r\nOK\r\n');
    await h.command('AT+CTZU=3');
    expect(await h.command('AT+CCLK="20/06/15,12:00:00-16"')).toBe('\r\n+CME ERROR: operation not allowed\r\n');
  });
});

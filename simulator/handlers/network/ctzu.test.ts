// SIM767XX §4.2.8 AT+CTZU (its effect on the RTC is in simulator/network/radio.test.ts).

import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+CTZU', () => {
  it('defaults to 1, takes 0/1/3, and is AUTO_SAVE', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+CTZU?')).toBe('\r\n+CTZU: 1\r\n\r\nOK\r\n');
    expect(await h.command('AT+CTZU=2')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CTZU=3')).toBe('\r\nOK\r\n');
    await h.command('AT+CRESET');
    await h.advance(20_000);
    h.take();
    expect(await h.command('AT+CTZU?')).toBe('AT+CTZU?\r\r\n+CTZU: 3\r\n\r\nOK\r\n');
  });

  it('with 0 leaves the RTC alone when the network sends its time', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    await h.command('AT+CTZU=0;+CCLK="10/01/01,00:00:00+00";+CFUN=4;+CFUN=1');
    await h.advance(10_000);
    expect(await h.command('AT+CCLK?')).toMatch(/^\r\n\+CCLK: "10\/01\/01,00:00:1\d\+00"\r\n/);
  });
});

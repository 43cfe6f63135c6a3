// SIM767XX §4.2.9 AT+CTZR (the URCs are in simulator/network/radio.test.ts).

import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+CTZR', () => {
  it('takes 0/1/3, resets with the execute form, and is NO_SAVE', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+CTZR?')).toBe('\r\n+CTZR: 0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CTZR=2')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CTZR=1;+CTZR?')).toBe('\r\n+CTZR: 1\r\n\r\nOK\r\n');
    expect(await h.command('AT+CTZR;+CTZR?')).toBe('\r\n+CTZR: 0\r\n\r\nOK\r\n');
    await h.command('AT+CTZR=3');
    await h.command('AT+CRESET');
    await h.advance(20_000);
    h.take();
    expect(await h.command('AT+CTZR?')).toBe('AT+CTZR?\r\r\n+CTZR: 0\r\n\r\nOK\r\n');
  });
});

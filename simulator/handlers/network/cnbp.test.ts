// SIM767XX §4.2.5 AT+CNBP Preferred band selection (its effect on registration is in
// simulator/network/radio.test.ts).

import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+CNBP', () => {
  it('takes hex or decimal masks, keeps the extension when omitted, prints them as the manual does', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+CNBP=0x5,0x3')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CNBP?')).toBe('\r\n+CNBP: 0X0000000000000005,0X03\r\n\r\nOK\r\n');
    expect(await h.command('AT+CNBP=4')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CNBP?')).toBe('\r\n+CNBP: 0X0000000000000004,0X03\r\n\r\nOK\r\n');
  });

  it('refuses masks without a supported band, too wide, or not numbers', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    // Band 6 (bit 5) alone is not among the module's bands.
    expect(await h.command('AT+CNBP=0x20,0')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CNBP=0x10000000000000000')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CNBP=0x1,0x100')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CNBP=hello')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CNBP=0,0x02')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CNBP?')).toBe('\r\n+CNBP: 0X0000000000000000,0X02\r\n\r\nOK\r\n');
  });

  it('is AUTO_SAVE', async () => {
    const h = await ModemHarness.start();
    await h.command('AT+CNBP=0X000007FF3FDF3FFF');
    await h.command('AT+CRESET');
    await h.advance(20_000);
    h.take();
    expect(await h.command('AT+CNBP?')).toBe('AT+CNBP?\r\r\n+CNBP: 0X000007FF3FDF3FFF,0X02\r\n\r\nOK\r\n');
  });
});

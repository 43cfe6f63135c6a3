import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+CFGRI (§8.2.11)', () => {
  it('leaves RI alone by default', async () => {
    const h = await ModemHarness.start();
    const pulses: boolean[] = [];
    h.modem.events.on('signals', (s) => pulses.push(s.ri));
    h.modem.urc('+CMTI: "SM",1');
    await h.settle();
    expect(pulses).toEqual([]);
    expect(h.modem.signals.ri).toBe(false);
  });

  it('pulls RI for <URC_time> on a URC and <SMS_time> on an SMS indication', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+CFGRI=1,200,500')).toBe('\r\nOK\r\n');
    h.modem.urc('+CREG: 1');
    expect(h.modem.signals.ri).toBe(true);
    await h.advance(199);
    expect(h.modem.signals.ri).toBe(true);
    await h.advance(1);
    expect(h.modem.signals.ri).toBe(false);
    h.modem.urc('+CMT: "+8613800000000",,"24/12/06,08:00:00+32"');
    await h.advance(499);
    expect(h.modem.signals.ri).toBe(true);
    await h.advance(1);
    expect(h.modem.signals.ri).toBe(false);
  });

  it('keeps omitted times, restores 0,60,120 with AT+CFGRI, and checks the ranges', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    await h.command('AT+CFGRI=1,100,300');
    await h.command('AT+CFGRI=0');
    expect(await h.command('AT+CFGRI?')).toBe('\r\n+CFGRI: 0,100,300\r\n\r\nOK\r\n');
    await h.command('AT+CFGRI=1,,20');
    expect(await h.command('AT+CFGRI?')).toBe('\r\n+CFGRI: 1,100,20\r\n\r\nOK\r\n');
    expect(await h.command('AT+CFGRI')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CFGRI?')).toBe('\r\n+CFGRI: 0,60,120\r\n\r\nOK\r\n');
    for (const bad of ['AT+CFGRI=2', 'AT+CFGRI=1,9', 'AT+CFGRI=1,60,19', 'AT+CFGRI=1,6001', 'AT+CFGRI=']) expect(await h.command(bad), bad).toBe('\r\nERROR\r\n');
  });
});

// AT+CADC / AT+CADC2 (§9.2.2-9.2.3).

import { describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { ModemHarness } from '../../testing/harness.js';
import { adcReading } from './adc.js';

describe('AT+CADC and AT+CADC2', () => {
  it('read each input in millivolts and as the raw code', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+CADC=2')).toBe('\r\n+CADC: 908\r\n\r\nOK\r\n');
    expect(await h.command('AT+CADC2=2')).toBe('\r\n+CADC2: 904\r\n\r\nOK\r\n');
    expect(await h.command('AT+CADC=0')).toBe(`\r\n+CADC: ${adcReading(908, 0)}\r\n\r\nOK\r\n`);
    await new ModemControl(h.modem).run('set adc', { channel: 2, mv: 1800 });
    expect(await h.command('AT+CADC2=0')).toBe('\r\n+CADC2: 4095\r\n\r\nOK\r\n');
    expect(await h.command('AT+CADC2=2')).toBe('\r\n+CADC2: 1800\r\n\r\nOK\r\n');
    expect(await h.command('AT+CADC=1')).toBe('\r\nERROR\r\n');
    expect(adcReading(900, 0)).toBe(2048);
    expect(adcReading(0, 0)).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+ICF (§8.2.5)', () => {
  it('sets the framing on the wire after the OK', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+ICF=3,0')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+ICF?')).toBe('\r\n+ICF: 3,0\r\n\r\nOK\r\n');
    expect(h.modem.serial.line).toMatchObject({ dataBits: 7, parity: 'odd', stopBits: 1 });
    expect(await h.command('AT+ICF=4')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+ICF?')).toBe('\r\n+ICF: 4,0\r\n\r\nOK\r\n');
    expect(h.modem.serial.line).toMatchObject({ dataBits: 7, parity: 'none' });
    expect(await h.command('AT+ICF')).toBe('\r\nOK\r\n');
    expect(h.modem.serial.line).toMatchObject({ dataBits: 8, parity: 'none' });
  });

  it('refuses a parity format without odd or even parity, and values out of range', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    for (const bad of ['AT+ICF=1,2', 'AT+ICF=3', 'AT+ICF=5,2', 'AT+ICF=2,3', 'AT+ICF=']) {
      expect(await h.command(bad), bad).toBe('\r\nERROR\r\n');
    }
    expect(await h.command('AT+ICF?')).toBe('\r\n+ICF: 2,2\r\n\r\nOK\r\n');
  });

  it('is NO_SAVE: a reset restores 8N1', async () => {
    const h = await ModemHarness.start();
    await h.command('AT+ICF=1,1');
    await h.command('AT+CRESET');
    await h.advance(10_000);
    h.take();
    expect(await h.command('AT+ICF?')).toBe('AT+ICF?\r\r\n+ICF: 2,2\r\n\r\nOK\r\n');
  });
});

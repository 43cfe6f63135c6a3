// AT+CRIIC / AT+CWIIC (§9.2.6-9.2.7): the NAU8810 codec's registers.

import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../../testing/harness.js';

describe('IIC register access', () => {
  it('reads power-on values, writes 9-bit values, resets on R0', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+CRIIC=34,f,2')).toBe('\r\n+CRIIC: 0xff\r\n\r\nOK\r\n');
    expect(await h.command('AT+CRIIC=34,6,2')).toBe('\r\n+CRIIC: 0x140\r\n\r\nOK\r\n');
    expect(await h.command('AT+CRIIC=34,1,2')).toBe('\r\n+CRIIC: 0x0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CWIIC=34,6,141,2')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CRIIC=34,6,2')).toBe('\r\n+CRIIC: 0x141\r\n\r\nOK\r\n');
    expect(await h.command('AT+CWIIC=34,B,0x1C0,2')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CRIIC=34,b,2')).toBe('\r\n+CRIIC: 0x1c0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CWIIC=34,0,0,2')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CRIIC=34,6,2')).toBe('\r\n+CRIIC: 0x140\r\n\r\nOK\r\n');
    expect(await h.command('AT+CRIIC=34,b,2')).toBe('\r\n+CRIIC: 0xff\r\n\r\nOK\r\n');
  });

  it('refuses other devices, registers outside the map, 10-bit values and other lengths', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    for (const bad of ['AT+CRIIC=36,6,2', 'AT+CRIIC=34,50,2', 'AT+CRIIC=34,6,1', 'AT+CRIIC=34,6', 'AT+CRIIC=34,g,2', 'AT+CWIIC=34,6,200,2', 'AT+CWIIC=34,6,141,4', 'AT+CWIIC=0x34,6,141,2']) {
      expect(await h.command(bad), bad).toBe('\r\nERROR\r\n');
    }
    expect(await h.command('AT+CRIIC=34,6,2')).toBe('\r\n+CRIIC: 0x140\r\n\r\nOK\r\n');
  });
});

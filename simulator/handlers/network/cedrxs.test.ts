// SIM767XX §4.2.10 AT+CEDRXS, §4.2.11 AT+CEDRXRDP.

import { describe, expect, it } from 'vitest';
import { networkWorld } from '../../network/world.js';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+CEDRXS / AT+CEDRXRDP', () => {
  it('enables eDRX, reports the network grant with <mode>=2, and reads the dynamic parameters', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+CEDRXS=?')).toBe('\r\n+CEDRXS: (0-3),(4),("0000"-"1111")\r\n\r\nOK\r\n');
    expect(await h.command('AT+CEDRXS?;+CEDRXRDP')).toBe('\r\n+CEDRXRDP: 0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CEDRXS=2,4,"0011"')).toBe('\r\nOK\r\n\r\n+CEDRXP: 4,"0011","0011","0011"\r\n');
    expect(await h.command('AT+CEDRXS?;+CEDRXRDP')).toBe('\r\n+CEDRXS: 4,"0011"\r\n\r\n+CEDRXRDP: 4,"0011"\r\n\r\nOK\r\n');
    // The grant comes again with the next registration.
    await h.command('AT+CFUN=4');
    expect(await h.command('AT+CEDRXRDP')).toBe('\r\n+CEDRXRDP: 0\r\n\r\nOK\r\n');
    await h.command('AT+CFUN=1');
    await h.advance(5000);
    expect(h.take()).toBe('\r\n+CEDRXP: 4,"0011","0011","0011"\r\n');
    expect(await h.command('AT+CEDRXS=0;+CEDRXRDP')).toBe('\r\n+CEDRXRDP: 0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CEDRXS=1,4;+CEDRXS?')).toBe('\r\n+CEDRXS: 4,"0011"\r\n\r\nOK\r\n');
    expect(await h.command('AT+CEDRXS=3;+CEDRXS=1;+CEDRXS?')).toBe('\r\n+CEDRXS: 4,"0101"\r\n\r\nOK\r\n');
  });

  it('refuses other access technologies and malformed values; an empty write disables', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+CEDRXS=1,3,"0101"')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CEDRXS=1,4,"0102"')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CEDRXS=1,4,"01011"')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CEDRXS=4')).toBe('\r\nERROR\r\n');
    await h.command('AT+CEDRXS=1,4,"1001"');
    expect(await h.command('AT+CEDRXS=;+CEDRXS?')).toBe('\r\nOK\r\n');
  });

  it('keeps the setting across a restart, and gets nothing from a network that refuses eDRX', async () => {
    const h = await ModemHarness.start();
    await h.command('AT+CEDRXS=1,4,"0110"');
    networkWorld(h.modem.services()).edrx.granted = false;
    await h.command('AT+CRESET');
    await h.advance(20_000);
    h.take();
    await h.command('ATE0');
    expect(await h.command('AT+CEDRXS?;+CEDRXRDP')).toBe('\r\n+CEDRXS: 4,"0110"\r\n\r\n+CEDRXRDP: 0\r\n\r\nOK\r\n');
  });
});

// SIM767XX §5.2.6 AT+CGDSCONT.

import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+CGDSCONT', () => {
  it('defines secondaries of a defined primary and activates them on the primary\'s address', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0;+CGEREP=1');
    expect(await h.command('AT+CGDSCONT=2,1,0,1,1')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CGDSCONT?')).toBe('\r\n+CGDSCONT: 2,1,0,1,1\r\n\r\nOK\r\n');
    expect(await h.command('AT+CGACT=1,2')).toBe('\r\nOK\r\n\r\n+CGEV: ME ACT 1,2,0\r\n');
    expect(await h.command('AT+CGPADDR=2;+CGCONTRDP=')).toBe('\r\n+CGPADDR: 2,10.83.214.110\r\n\r\n+CGCONTRDP: 1,5,"3gnet","10.83.214.110.255.255.255.0","10.83.214.1","114.114.114.114","8.8.8.8"\r\n\r\nOK\r\n');
    expect(await h.command('AT+CGDSCONT=2')).toBe('\r\n+CME ERROR: CID is active\r\n');
    // The primary going takes the secondary with it.
    expect(await h.command('AT+CGACT=0,1')).toBe('\r\nOK\r\n\r\n+CGEV: ME DEACT 1,2,0\r\n\r\n+CGEV: ME PDN DEACT 1\r\n');
    expect(await h.command('AT+CGACT=1,2')).toBe('\r\n+CME ERROR: CID is not active\r\n');
    expect(await h.command('AT+CGDSCONT=2;+CGDSCONT?')).toBe('\r\nOK\r\n');
  });

  it('refuses undefined primaries, itself as its primary, a primary\'s cid, and junk', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+CGDSCONT=3,7')).toBe('\r\n+CME ERROR: CID is not defined\r\n');
    expect(await h.command('AT+CGDSCONT=3,3')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CGDSCONT=1,1')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CGDSCONT=3,1,5')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CGDSCONT=3,,1')).toBe('\r\nERROR\r\n');
  });
});

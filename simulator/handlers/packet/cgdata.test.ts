// SIM767XX §5.2.8 AT+CGDATA: as +CGACT=1,<cid>, answering OK (the manual's note).

import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+CGDATA', () => {
  it('activates the context and answers OK, staying in command mode', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0;+CGEREP=1;+CGDCONT=3,"IP","cmnet"');
    expect(await h.command('AT+CGDATA="M-PT",3')).toBe('\r\nOK\r\n\r\n+CGEV: ME PDN ACT 3\r\n');
    expect(h.modem.port.mode).toBe('command');
    expect(await h.command('AT+CGACT?')).toBe('\r\n+CGACT: 1,1\r\n+CGACT: 3,1\r\n\r\nOK\r\n');
    expect(await h.command('AT+CGDATA=')).toBe('\r\nOK\r\n');
  });

  it('refuses other layer-2 protocols and undefined contexts', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+CGDATA="PPP",1')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CGDATA="M-PT",9')).toBe('\r\n+CME ERROR: CID is not defined\r\n');
  });
});

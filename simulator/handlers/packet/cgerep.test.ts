// SIM767XX §5.2.10 AT+CGEREP.

import { describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+CGEREP', () => {
  it('forwards +CGEV only in mode 1; buffered events are never shown (<bfr> 0)', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0;+CGDCONT=2,"IP","a"');
    expect(await h.command('AT+CGACT=1,2')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CGEREP=1')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CGEREP?')).toBe('\r\n+CGEREP: 1,0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CGACT=0,2')).toBe('\r\nOK\r\n\r\n+CGEV: ME PDN DEACT 2\r\n');
    expect(await h.command('AT+CGEREP;+CGEREP?')).toBe('\r\n+CGEREP: 0,0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CGEREP=1,1')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CGEREP=2')).toBe('\r\nERROR\r\n');
  });
});

describe('AT+CGEREP=1 in data mode', () => {
  it('discards the events while the link is reserved by a data call', async () => {
    const h = await ModemHarness.start();
    const control = new ModemControl(h.modem);
    await h.command('ATE0;+CGEREP=1;+CGDCONT=2,"IP","a";+CGACT=1,2');
    h.take();
    await h.command('ATD*99#');
    await control.run('deactivate context', { cid: 2 });
    await h.settle();
    expect(h.take()).not.toContain('+CGEV');
  });
});

// SIM767XX §4.2.7 AT+CNSMOD.

import { describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+CNSMOD', () => {
  it('reports the system mode and, with <n>=1, its changes', async () => {
    const h = await ModemHarness.start();
    const control = new ModemControl(h.modem);
    await h.command('ATE0');
    expect(await h.command('AT+CNSMOD?')).toBe('\r\n+CNSMOD: 0,8\r\n\r\nOK\r\n');
    await h.command('AT+CNSMOD=1');
    await control.run('set coverage', { on: false });
    await h.settle();
    expect(h.take()).toBe('\r\n+CNSMOD: 0\r\n');
    await control.run('set rat', { rat: 'GSM' });
    await control.run('set coverage', { on: true });
    await h.settle();
    expect(h.take()).toBe('\r\n+CNSMOD: 1\r\n');
    await h.command('AT+CNSMOD=0');
    await control.run('set rat', { rat: 'LTE' });
    await h.advance(5000);
    expect(h.take()).toBe('');
    expect(await h.command('AT+CNSMOD?')).toBe('\r\n+CNSMOD: 0,8\r\n\r\nOK\r\n');
    expect(await h.command('AT+CNSMOD=2')).toBe('\r\nERROR\r\n');
  });
});

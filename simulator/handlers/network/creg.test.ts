// SIM767XX §4.2.1 AT+CREG (and the shape +CGREG/+CEREG share).

import { describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+CREG', () => {
  it('sets <n>, resets it with the execute form, and reports per <n>', async () => {
    const h = await ModemHarness.start();
    const control = new ModemControl(h.modem);
    await h.command('ATE0');
    expect(await h.command('AT+CREG=1')).toBe('\r\nOK\r\n');
    await control.run('set coverage', { on: false });
    await h.settle();
    expect(h.take()).toBe('\r\n+CREG: 4\r\n');
    expect(await h.command('AT+CREG')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CREG?')).toBe('\r\n+CREG: 0,4\r\n\r\nOK\r\n');
    await control.run('set coverage', { on: true });
    await h.settle();
    expect(h.take()).toBe('');
    expect(await h.command('AT+CREG=3')).toBe('\r\nERROR\r\n');
  });

  it('shows the location only when registered and <n>=2', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    await h.command('AT+CREG=2');
    expect(await h.command('AT+CREG?')).toBe('\r\n+CREG: 2,1,"9A5F","03E1F982",7\r\n\r\nOK\r\n');
    await h.command('AT+CFUN=4');
    expect(await h.command('AT+CREG?')).toBe('\r\n+CREG: 2,0\r\n\r\nOK\r\n');
  });

  it('reports a GSM cell with <act> 0 and a two-byte <ci>; +CEREG then has nothing', async () => {
    const h = await ModemHarness.start();
    const control = new ModemControl(h.modem);
    await h.command('ATE0');
    await control.run('set rat', { rat: 'GSM' });
    await control.run('set cell', { tac: 0x5a2e, ci: 0x27a9 });
    await h.command('AT+CREG=2;+CEREG=2');
    await h.advance(5000);
    expect(await h.command('AT+CREG?;+CEREG?')).toBe('\r\n+CREG: 2,1,"5A2E","27A9",0\r\n\r\n+CEREG: 2,0\r\n\r\nOK\r\n');
  });
});

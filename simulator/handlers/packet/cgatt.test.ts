// SIM767XX §5.2.3 AT+CGATT.

import { describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { SIM767XX } from '../../profiles/index.js';
import { ModemHarness } from '../../testing/harness.js';

const REG_MS = SIM767XX.network.timing.registrationMs;

describe('AT+CGATT', () => {
  it('detaches (deregistering on LTE) and attaches again, blocking until attached', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0;+CEREG=1;+CGEREP=1');
    expect(await h.command('AT+CGATT=0')).toBe('\r\nOK\r\n\r\n+CGEV: ME DETACH\r\n\r\n+CEREG: 0\r\n');
    await h.advance(60_000);
    expect(await h.command('AT+CGATT?;+CGACT?')).toBe('\r\n+CGATT: 0\r\n\r\n+CGACT: 1,0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CGATT=0')).toBe('\r\nOK\r\n');
    h.send('AT+CGATT=1\r');
    await h.advance(REG_MS - 1);
    expect(h.take()).toBe('');
    await h.advance(250);
    expect(h.take()).toBe('\r\nOK\r\n\r\n+CEREG: 2\r\n\r\n+CEREG: 1\r\n\r\n+CGEV: ME PDN ACT 1\r\n');
    expect(await h.command('AT+CGATT=1')).toBe('\r\nOK\r\n');
  });

  it('answers 55 with the RF off, 30 when no network comes within 45 s, and SIM errors', async () => {
    const h = await ModemHarness.start();
    const control = new ModemControl(h.modem);
    await h.command('ATE0');
    await h.command('AT+CGATT=0');
    await h.command('AT+CFUN=4');
    expect(await h.command('AT+CGATT=1')).toBe('\r\n+CME ERROR: operation not allowed because of MT functionality restrictions\r\n');
    await h.command('AT+CFUN=1');
    await control.run('set coverage', { on: false });
    h.send('AT+CGATT=1\r');
    await h.advance(44_000);
    expect(h.take()).toBe('');
    await h.advance(1_500);
    expect(h.take()).toBe('\r\n+CME ERROR: no nw service\r\n');
    const none = await ModemHarness.start({ profile: { ...SIM767XX, sim: null } });
    await none.command('ATE0');
    expect(await none.command('AT+CGATT=1')).toBe('\r\n+CME ERROR: SIM not inserted\r\n');
  });
});

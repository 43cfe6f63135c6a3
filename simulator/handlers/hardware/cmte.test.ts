// AT+CMTE (§9.2.4): temperature band URCs driven from the control API.

import { describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+CMTE', () => {
  it('reports each new band outside the normal one, once', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    const control = new ModemControl(h.modem);
    await control.run('set temperature', { celsius: 90 });
    await h.settle();
    expect(h.take()).toBe('');
    expect(await h.command('AT+CMTE=1')).toBe('\r\nOK\r\n\r\n+CMTE: 2\r\n');
    await control.run('set temperature', { celsius: 88 });
    await h.settle();
    expect(h.take()).toBe('');
    await control.run('set temperature', { celsius: 82 });
    await h.settle();
    expect(h.take()).toBe('\r\n+CMTE: 1\r\n');
    await control.run('set temperature', { celsius: 25 });
    await control.run('set temperature', { celsius: -40 });
    await control.run('set temperature', { celsius: -50 });
    await h.settle();
    expect(h.take()).toBe('\r\n+CMTE: -1\r\n\r\n+CMTE: -2\r\n');
    expect(await h.command('AT+CPMUTEMP')).toBe('\r\n+CPMUTEMP: -50\r\n\r\nOK\r\n');
    expect(await h.command('AT+CMTE?')).toBe('\r\n+CMTE: 1\r\n\r\nOK\r\n');
    await h.command('AT+CMTE=0');
    await control.run('set temperature', { celsius: 100 });
    await h.settle();
    expect(h.take()).toBe('');
    expect(await h.command('AT+CMTE=2')).toBe('\r\nERROR\r\n');
  });

  it('keeps the setting over a restart only with <save to flash> 1', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    await h.command('AT+CMTE=1');
    await h.command('AT+CRESET');
    await h.advance(5000);
    h.take();
    expect(await h.command('AT+CMTE?')).toBe('AT+CMTE?\r\r\n+CMTE: 0\r\n\r\nOK\r\n');
    await h.command('AT+CMTE=1,1');
    await h.command('AT+CRESET');
    await h.advance(5000);
    h.take();
    expect(await h.command('AT+CMTE?')).toBe('AT+CMTE?\r\r\n+CMTE: 1\r\n\r\nOK\r\n');
  });
});

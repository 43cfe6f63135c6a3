// AT+CBC (§9.2.8) and AT+CPMUTEMP (§9.2.9) read the simulated board.

import { describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+CBC and AT+CPMUTEMP', () => {
  it('follow the supply and temperature the control API sets, over a module restart', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    const control = new ModemControl(h.modem);
    expect(await h.command('AT+CBC')).toBe('\r\n+CBC: 3.749V\r\n\r\nOK\r\n');
    expect(await h.command('AT+CPMUTEMP')).toBe('\r\n+CPMUTEMP: 15\r\n\r\nOK\r\n');
    await control.run('set supply', { mv: 4012 });
    await control.run('set temperature', { celsius: 41.6 });
    expect(await h.command('AT+CBC')).toBe('\r\n+CBC: 4.012V\r\n\r\nOK\r\n');
    expect(await h.command('AT+CPMUTEMP')).toBe('\r\n+CPMUTEMP: 42\r\n\r\nOK\r\n');
    await h.command('AT+CRESET');
    await h.advance(5000);
    h.take();
    expect(await h.command('AT+CBC')).toBe('AT+CBC\r\r\n+CBC: 4.012V\r\n\r\nOK\r\n');
    await expect(control.run('set supply', { mv: -1 })).rejects.toThrow(/--mv/);
    await expect(control.run('set supply', {})).rejects.toThrow(/needs --mv/);
  });
});

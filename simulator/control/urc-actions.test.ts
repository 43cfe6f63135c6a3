// The "raise urc" control action: now (idle → printed at once) or during the next command
// (held until after its final result code).

import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../testing/harness.js';
import { ModemControl } from './control.js';

describe('raise urc', () => {
  it('prints a URC at once when the module is idle', async () => {
    const h = await ModemHarness.start();
    await new ModemControl(h.modem).run('raise urc', { text: '+CMTI: "SM",3' });
    await h.settle();
    expect(h.take()).toBe('\r\n+CMTI: "SM",3\r\n');
  });

  it('during the next command: held until after the final result code', async () => {
    const h = await ModemHarness.start();
    await new ModemControl(h.modem).run('raise urc', { text: 'RING', during: true });
    expect(await h.command('AT+CGMI')).toBe('AT+CGMI\r\r\nSIMCOM INCORPORATED\r\n\r\nOK\r\n\r\nRING\r\n');
  });

  it('refuses an empty URC', async () => {
    const h = await ModemHarness.start();
    await expect(new ModemControl(h.modem).run('raise urc', { text: '' })).rejects.toThrow(/must not be empty/);
  });
});

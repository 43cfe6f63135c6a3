// SIM767XX §3.2.2 AT+CSQ follows the simulated signal.

import { describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+CSQ', () => {
  it('maps the carrier RSSI onto 0-31 with <ber> 99, and 99,99 without a cell', async () => {
    const h = await ModemHarness.start();
    const control = new ModemControl(h.modem);
    await h.command('ATE0');
    // The profile's cell: RSSI -90 dBm → (−90 + 113) / 2 = 11.
    expect(await h.command('AT+CSQ')).toBe('\r\n+CSQ: 11,99\r\n\r\nOK\r\n');
    for (const [rssi, csq] of [[-113, 0], [-120, 0], [-111, 1], [-53, 30], [-51, 31], [-40, 31]] as const) {
      await control.run('set signal', { rssi });
      expect(await h.command('AT+CSQ')).toBe(`\r\n+CSQ: ${csq},99\r\n\r\nOK\r\n`);
    }
    await control.run('set signal', { csq: 17 });
    expect(await h.command('AT+CSQ')).toBe('\r\n+CSQ: 17,99\r\n\r\nOK\r\n');
    await control.run('set coverage', { on: false });
    expect(await h.command('AT+CSQ')).toBe('\r\n+CSQ: 99,99\r\n\r\nOK\r\n');
  });
});

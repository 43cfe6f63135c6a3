// AT+SPIC (§6.2.9): the card's counters, readable whatever the card waits for.

import { describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { SIM767XX } from '../../profiles/index.js';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+SPIC', () => {
  it('reads the four counters in every lock state, and SIM not inserted without a card', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    await h.command('AT+CMEE=1');
    const control = new ModemControl(h.modem);
    await control.run('set sim', { 'pin-retries': 0, 'puk-retries': 7, 'pin2-retries': 1, 'puk2-retries': 9 });
    h.take();
    expect(await h.command('AT+SPIC')).toBe('\r\n+SPIC: 0,7,1,9\r\n\r\nOK\r\n');
    await control.run('set sim', { 'puk-retries': 0 });
    h.take();
    expect(await h.command('AT+SPIC')).toBe('\r\n+SPIC: 0,0,1,9\r\n\r\nOK\r\n');
    const empty = await ModemHarness.start({ profile: { ...SIM767XX, sim: null } });
    await empty.command('ATE0');
    await empty.command('AT+CMEE=1');
    expect(await empty.command('AT+SPIC')).toBe('\r\n+CME ERROR: 10\r\n');
  });
});

// AT+CICCID (§6.2.1) and AT+CIMI (§6.2.5) in every state of the card.

import { describe, expect, it } from 'vitest';
import { SIM767XX } from '../../profiles/index.js';
import { ModemHarness } from '../../testing/harness.js';
import { fixtureSim } from '../../testing/manual-card.js';

describe('AT+CICCID and AT+CIMI', () => {
  it('give the ICCID without the PIN and the IMSI only with it', async () => {
    const h = await ModemHarness.start({ profile: { ...SIM767XX, sim: fixtureSim('pin-locked.json') } });
    await h.command('ATE0');
    await h.command('AT+CMEE=1');
    expect(await h.command('AT+CICCID')).toBe('\r\n+ICCID: 8944500102198304826\r\n\r\nOK\r\n');
    expect(await h.command('AT+CIMI')).toBe('\r\n+CME ERROR: 11\r\n');
    await h.command('AT+CPIN="1234"');
    expect(await h.command('AT+CIMI')).toBe('\r\n234150123456789\r\n\r\nOK\r\n');
  });

  it('say SIM not inserted for an empty slot', async () => {
    const h = await ModemHarness.start({ profile: { ...SIM767XX, sim: null } });
    await h.command('ATE0');
    await h.command('AT+CMEE=1');
    expect(await h.command('AT+CICCID')).toBe('\r\n+CME ERROR: 10\r\n');
    expect(await h.command('AT+CIMI')).toBe('\r\n+CME ERROR: 10\r\n');
  });
});

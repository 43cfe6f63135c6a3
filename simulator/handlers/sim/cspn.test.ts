// AT+CSPN (§6.2.10): the provider name from EF_SPN, in the TE character set.

import { describe, expect, it } from 'vitest';
import { SIM767XX } from '../../profiles/index.js';
import { ModemHarness } from '../../testing/harness.js';
import { MANUAL_CARD } from '../../testing/manual-card.js';

describe('AT+CSPN?', () => {
  it('prints the name and display mode, in UCS2 hex under AT+CSCS="UCS2"', async () => {
    const h = await ModemHarness.start({ profile: { ...SIM767XX, sim: MANUAL_CARD } });
    await h.command('ATE0');
    expect(await h.command('AT+CSPN?')).toBe('\r\n+CSPN: "China Telecom",1\r\n\r\nOK\r\n');
    await h.command('AT+CSCS="UCS2"');
    expect(await h.command('AT+CSPN?')).toBe('\r\n+CSPN: "004300680069006E0061002000540065006C00650063006F006D",1\r\n\r\nOK\r\n');
  });

  it('answers OK alone for a card without a provider name, and needs the PIN', async () => {
    const h = await ModemHarness.start({ profile: { ...SIM767XX, sim: { ...MANUAL_CARD, spn: '' } } });
    await h.command('ATE0');
    expect(await h.command('AT+CSPN?')).toBe('\r\nOK\r\n');
    const locked = await ModemHarness.start({ profile: { ...SIM767XX, sim: { ...MANUAL_CARD, pinEnabled: true } } });
    await locked.command('ATE0');
    await locked.command('AT+CMEE=1');
    expect(await locked.command('AT+CSPN?')).toBe('\r\n+CME ERROR: 11\r\n');
  });
});

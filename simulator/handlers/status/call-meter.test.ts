// AT+CACM / AT+CAMM (§3.2.5-3.2.6): the call meters on the card, behind PIN2.

import { describe, expect, it } from 'vitest';
import { SIM767XX } from '../../profiles/index.js';
import { ModemHarness } from '../../testing/harness.js';
import type { SimCard } from '../../profiles/profile.js';
import { MANUAL_CARD } from '../../testing/manual-card.js';

async function modem(sim: SimCard = { ...MANUAL_CARD, retries: {}, acm: 0x123, acmMax: 0x1000 }): Promise<ModemHarness> {
  const h = await ModemHarness.start({ profile: { ...SIM767XX, sim } });
  await h.command('ATE0');
  await h.command('AT+CMEE=1');
  return h;
}

describe('AT+CACM and AT+CAMM', () => {
  it('read the card\'s meters and reset/set them with PIN2', async () => {
    const h = await modem();
    expect(await h.command('AT+CACM?')).toBe('\r\n+CACM: "000123"\r\n\r\nOK\r\n');
    expect(await h.command('AT+CAMM?')).toBe('\r\n+CAMM: "001000"\r\n\r\nOK\r\n');
    expect(await h.command('AT+CACM')).toBe('\r\n+CME ERROR: 11\r\n');
    expect(await h.command('AT+CACM="4321"')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CACM?')).toBe('\r\n+CACM: "000000"\r\n\r\nOK\r\n');
    // The reset is a new record of the cyclic EF_ACM: the previous value is the second one.
    expect(await h.command('AT+CRSM=178,28473,2,4,3')).toBe('\r\n+CRSM: 144,0,"000123"\r\n\r\nOK\r\n');
    // PIN2 now verified: the next writes need no password.
    expect(await h.command('AT+CAMM="ABC"')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CAMM?')).toBe('\r\n+CAMM: "000ABC"\r\n\r\nOK\r\n');
    expect(await h.command('AT+CAMM')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CAMM?')).toBe('\r\n+CAMM: "000000"\r\n\r\nOK\r\n');
  });

  it('counts wrong PIN2 tries, then wants PUK2; PIN2 verification ends with the session', async () => {
    const h = await modem();
    expect(await h.command('AT+CAMM="000100","1111"')).toBe('\r\n+CME ERROR: 16\r\n');
    expect(await h.command('AT+SPIC')).toBe('\r\n+SPIC: 3,10,2,10\r\n\r\nOK\r\n');
    expect(await h.command('AT+CAMM="000100","4321"')).toBe('\r\nOK\r\n');
    await h.command('AT+CRESET');
    await h.advance(5000);
    h.take();
    await h.command('ATE0');
    await h.command('AT+CMEE=1');
    expect(await h.command('AT+CAMM="000200"')).toBe('\r\n+CME ERROR: 11\r\n');
    expect(await h.command('AT+CAMM?')).toBe('\r\n+CAMM: "000100"\r\n\r\nOK\r\n');
  });

  it('refuse malformed values, and need a ready SIM', async () => {
    const h = await modem();
    expect(await h.command('AT+CAMM="1234567","4321"')).toBe('\r\n+CME ERROR: 50\r\n');
    expect(await h.command('AT+CAMM="XYZ","4321"')).toBe('\r\n+CME ERROR: 50\r\n');
    expect(await h.command('AT+CACM="1","2"')).toBe('\r\n+CME ERROR: 50\r\n');
    expect(await h.command('AT+CACM="12"')).toBe('\r\n+CME ERROR: 16\r\n');
    expect(await h.command('AT+SPIC')).toBe('\r\n+SPIC: 3,10,3,10\r\n\r\nOK\r\n');
    const locked = await modem({ ...MANUAL_CARD, pinEnabled: true });
    expect(await locked.command('AT+CACM?')).toBe('\r\n+CME ERROR: 11\r\n');
    expect(await locked.command('AT+CAMM="000100","4321"')).toBe('\r\n+CME ERROR: 11\r\n');
  });
});

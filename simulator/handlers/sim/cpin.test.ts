// AT+CPIN (§6.2.2): the PIN/PUK state machine end to end, on a manual clock, exact bytes.

import { describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { SIM767XX } from '../../profiles/index.js';
import { ModemHarness } from '../../testing/harness.js';
import { fixtureSim } from '../../testing/manual-card.js';

const LOCKED = { ...SIM767XX, sim: fixtureSim('pin-locked.json') };

async function lockedModem(): Promise<ModemHarness> {
  const h = await ModemHarness.start({ profile: LOCKED });
  await h.command('ATE0');
  await h.command('AT+CMEE=1');
  return h;
}

describe('AT+CPIN', () => {
  it('boots a PIN-locked card with +CPIN: SIM PIN and no SMS DONE', async () => {
    const h = await ModemHarness.start({ profile: LOCKED, realisticBoot: true, keepBoot: true });
    expect(h.take()).toBe('\r\n*ATREADY: 1\r\n\r\n+CPIN: SIM PIN\r\n');
    await h.advance(60_000);
    expect(h.take()).toBe('');
  });

  it('answers SIM busy while the card starts: ready at 1.5 s, card at 2 s', async () => {
    const h = await lockedModem();
    h.modem.powerOff();
    h.modem.powerOn();
    await h.advance(1500);
    h.take();
    await h.command('ATE0');
    await h.command('AT+CMEE=1');
    expect(await h.command('AT+CPIN?')).toBe('\r\n+CME ERROR: 14\r\n');
    expect(await h.command('AT+CICCID')).toBe('\r\n+CME ERROR: 14\r\n');
    await h.advance(500);
    expect(h.take()).toBe('\r\n+CPIN: SIM PIN\r\n');
    expect(await h.command('AT+CPIN?')).toBe('\r\n+CPIN: SIM PIN\r\n\r\nOK\r\n');
  });

  it('wrong PIN three times → SIM PUK → PUK and new PIN → READY, SMS DONE 1.5 s later', async () => {
    const h = await lockedModem();
    expect(await h.command('AT+CPIN?')).toBe('\r\n+CPIN: SIM PIN\r\n\r\nOK\r\n');
    expect(await h.command('AT+CIMI')).toBe('\r\n+CME ERROR: 11\r\n');
    expect(await h.command('AT+SPIC')).toBe('\r\n+SPIC: 3,10,3,10\r\n\r\nOK\r\n');
    expect(await h.command('AT+CPIN="0000"')).toBe('\r\n+CME ERROR: 16\r\n');
    expect(await h.command('AT+CPIN=1111')).toBe('\r\n+CME ERROR: 16\r\n');
    expect(await h.command('AT+SPIC')).toBe('\r\n+SPIC: 1,10,3,10\r\n\r\nOK\r\n');
    expect(await h.command('AT+CPIN="2222"')).toBe('\r\n+CME ERROR: 16\r\n');
    expect(await h.command('AT+CPIN?')).toBe('\r\n+CPIN: SIM PUK\r\n\r\nOK\r\n');
    expect(await h.command('AT+SPIC')).toBe('\r\n+SPIC: 0,10,3,10\r\n\r\nOK\r\n');
    // The right PIN no longer helps, and costs nothing.
    expect(await h.command('AT+CPIN="1234"')).toBe('\r\n+CME ERROR: 12\r\n');
    expect(await h.command('AT+CIMI')).toBe('\r\n+CME ERROR: 12\r\n');
    expect(await h.command('AT+CPIN="87654321","4321"')).toBe('\r\n+CME ERROR: 16\r\n');
    expect(await h.command('AT+SPIC')).toBe('\r\n+SPIC: 0,9,3,10\r\n\r\nOK\r\n');
    expect(await h.command('AT+CPIN="12345678","4321"')).toBe('\r\nOK\r\n\r\n+CPIN: READY\r\n');
    await h.advance(1499);
    expect(h.take()).toBe('');
    await h.advance(1);
    expect(h.take()).toBe('\r\nSMS DONE\r\n');
    expect(await h.command('AT+CPIN?')).toBe('\r\n+CPIN: READY\r\n\r\nOK\r\n');
    expect(await h.command('AT+SPIC')).toBe('\r\n+SPIC: 3,10,3,10\r\n\r\nOK\r\n');
    expect(await h.command('AT+CIMI')).toBe('\r\n234150123456789\r\n\r\nOK\r\n');
    // The new PIN is the card's now: after a restart it is the one asked for.
    await h.command('AT+CRESET');
    await h.advance(5000);
    h.take();
    await h.command('ATE0');
    await h.command('AT+CMEE=1');
    expect(await h.command('AT+CPIN?')).toBe('\r\n+CPIN: SIM PIN\r\n\r\nOK\r\n');
    expect(await h.command('AT+CPIN="1234"')).toBe('\r\n+CME ERROR: 16\r\n');
    expect(await h.command('AT+CPIN="4321"')).toBe('\r\nOK\r\n\r\n+CPIN: READY\r\n');
  });

  it('blocks the card after ten wrong PUKs: SIM failure, for good', async () => {
    const h = await lockedModem();
    await new ModemControl(h.modem).run('set sim', { 'pin-retries': 0, 'puk-retries': 1 });
    h.take();
    expect(await h.command('AT+CPIN="11111111","1234"')).toBe('\r\n+CME ERROR: 16\r\n');
    expect(await h.command('AT+CPIN?')).toBe('\r\n+CME ERROR: 13\r\n');
    expect(await h.command('AT+CPIN="12345678","1234"')).toBe('\r\n+CME ERROR: 13\r\n');
    expect(await h.command('AT+SPIC')).toBe('\r\n+SPIC: 0,0,3,10\r\n\r\nOK\r\n');
  });

  it('refuses a PIN with nothing pending, and malformed input, without spending tries', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    await h.command('AT+CMEE=1');
    expect(await h.command('AT+CPIN="1234"')).toBe('\r\n+CME ERROR: 3\r\n');
    const l = await lockedModem();
    expect(await l.command('AT+CPIN="12"')).toBe('\r\n+CME ERROR: 16\r\n');
    expect(await l.command('AT+CPIN="12ab"')).toBe('\r\n+CME ERROR: 16\r\n');
    expect(await l.command('AT+CPIN="1234","5678"')).toBe('\r\n+CME ERROR: 50\r\n');
    expect(await l.command('AT+CPIN=')).toBe('\r\nERROR\r\n');
    expect(await l.command('AT+CPIN="1234')).toBe('\r\nERROR\r\n');
    expect(await l.command('AT+CPIN=1,2,3')).toBe('\r\nERROR\r\n');
    expect(await l.command('AT+SPIC')).toBe('\r\n+SPIC: 3,10,3,10\r\n\r\nOK\r\n');
  });

  it('says SIM not inserted without a card', async () => {
    const h = await ModemHarness.start({ profile: { ...SIM767XX, sim: null } });
    await h.command('ATE0');
    await h.command('AT+CMEE=1');
    expect(await h.command('AT+CPIN?')).toBe('\r\n+CME ERROR: 10\r\n');
    expect(await h.command('AT+CPIN="1234"')).toBe('\r\n+CME ERROR: 10\r\n');
  });

  it('reports SIM PIN2 after a failed PIN2 operation until PIN2 is given (27.007 §8.3)', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    await h.command('AT+CMEE=1');
    expect(await h.command('AT+CACM="9999"')).toBe('\r\n+CME ERROR: 16\r\n');
    expect(await h.command('AT+CPIN?')).toBe('\r\n+CPIN: SIM PIN2\r\n\r\nOK\r\n');
    // The module is not blocked meanwhile.
    expect(await h.command('AT+CIMI')).toBe('\r\n460010222028133\r\n\r\nOK\r\n');
    expect(await h.command('AT+CPIN="4321"')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CPIN?')).toBe('\r\n+CPIN: READY\r\n\r\nOK\r\n');
    // PIN2 verified: the call meter can be reset without repeating it.
    expect(await h.command('AT+CACM')).toBe('\r\nOK\r\n');
  });

  it('asks for PUK2 once PIN2 is out of tries, and takes it with a new PIN2', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    await h.command('AT+CMEE=1');
    for (let i = 0; i < 3; i++) expect(await h.command('AT+CAMM="000100","0000"')).toBe('\r\n+CME ERROR: 16\r\n');
    expect(await h.command('AT+CPIN?')).toBe('\r\n+CPIN: SIM PUK2\r\n\r\nOK\r\n');
    expect(await h.command('AT+CAMM="000100","4321"')).toBe('\r\n+CME ERROR: 18\r\n');
    expect(await h.command('AT+CPIN="4321"')).toBe('\r\n+CME ERROR: 18\r\n');
    expect(await h.command('AT+CPIN="87654321","5555"')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+SPIC')).toBe('\r\n+SPIC: 3,10,3,10\r\n\r\nOK\r\n');
    expect(await h.command('AT+CAMM="000100"')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CAMM?')).toBe('\r\n+CAMM: "000100"\r\n\r\nOK\r\n');
  });
});

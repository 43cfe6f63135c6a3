// The SIM slice's lifecycle helpers: what +CFUN does to the card (powerDownSim/powerUpSim),
// and the counter views.

import { describe, expect, it } from 'vitest';
import { SIM767XX } from '../profiles/index.js';
import { ModemHarness } from '../testing/harness.js';
import { powerDownSim, powerUpSim } from './sim.js';

async function modem(pinEnabled = false): Promise<ModemHarness> {
  const h = await ModemHarness.start({ profile: { ...SIM767XX, sim: { ...SIM767XX.sim!, pinEnabled } } });
  await h.command('ATE0');
  await h.command('AT+CMEE=1');
  return h;
}

describe('powerDownSim / powerUpSim (for +CFUN)', () => {
  it('powers the card down with +SIMCARD: NOT AVAILABLE and up with the boot URCs', async () => {
    const h = await modem();
    powerDownSim(h.modem.state, h.modem.services());
    await h.settle();
    expect(h.take()).toBe('\r\n+SIMCARD: NOT AVAILABLE\r\n');
    expect(await h.command('AT+CPIN?')).toBe('\r\n+CME ERROR: 10\r\n');
    expect(await h.command('AT+CICCID')).toBe('\r\n+CME ERROR: 10\r\n');
    // Twice is once.
    powerDownSim(h.modem.state, h.modem.services());
    await h.settle();
    expect(h.take()).toBe('');
    powerUpSim(h.modem.state, h.modem.services());
    await h.settle();
    expect(h.take()).toBe('\r\n+CPIN: READY\r\n');
    await h.advance(1500);
    expect(h.take()).toBe('\r\nSMS DONE\r\n');
    expect(await h.command('AT+CIMI')).toBe('\r\n460010222028133\r\n\r\nOK\r\n');
  });

  it('asks for the PIN again after the card was off; the counters are the card\'s', async () => {
    const h = await modem(true);
    await h.command('AT+CPIN="0000"');
    await h.command('AT+CPIN="1234"');
    h.take();
    powerDownSim(h.modem.state, h.modem.services());
    powerUpSim(h.modem.state, h.modem.services());
    await h.advance(5000);
    expect(h.take()).toBe('\r\n+SIMCARD: NOT AVAILABLE\r\n\r\n+CPIN: SIM PIN\r\n');
    expect(h.modem.state.sim.pinRetries).toBe(3);
    await h.command('AT+CPIN="0000"');
    expect(h.modem.state.sim.pinRetries).toBe(2);
    expect([h.modem.state.sim.pukRetries, h.modem.state.sim.pin2Retries, h.modem.state.sim.puk2Retries]).toEqual([10, 3, 10]);
  });

  it('does nothing without a card', async () => {
    const h = await ModemHarness.start({ profile: { ...SIM767XX, sim: null } });
    powerDownSim(h.modem.state, h.modem.services());
    powerUpSim(h.modem.state, h.modem.services());
    await h.advance(5000);
    expect(h.take()).toBe('');
    expect(h.modem.state.sim.pinRetries).toBe(0);
  });
});

// The slices' react hook (after command lines, control actions, power-cycle timers, boot) and
// the hangup-data effect of ATH, observed through the network slice, which follows the SIM.

import { describe, expect, it } from 'vitest';
import { ModemControl } from '../control/control.js';
import { SIM767XX } from '../profiles/index.js';
import { powerDownSim } from '../state/sim.js';
import { ModemHarness } from '../testing/harness.js';

const lockedSim = { ...SIM767XX, sim: { ...SIM767XX.sim!, pinEnabled: true } };

describe('react', () => {
  it('runs after a command line, before its final result code', async () => {
    const h = await ModemHarness.start({ profile: lockedSim });
    await h.command('ATE0;+CEREG=1');
    expect(await h.command('AT+CPIN="1234"')).toBe('\r\nOK\r\n\r\n+CPIN: READY\r\n\r\n+CEREG: 2\r\n');
  });

  it('runs after a power-cycle timer and after a control action', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0;+CEREG=1');
    const services = h.modem.services();
    services.setTimer(500, () => powerDownSim(h.modem.state, services));
    await h.advance(500);
    expect(h.take()).toBe('\r\n+SIMCARD: NOT AVAILABLE\r\n\r\n+CEREG: 0\r\n');
    const other = await ModemHarness.start();
    await other.command('ATE0;+CEREG=1');
    await new ModemControl(other.modem).run('remove sim');
    await other.settle();
    expect(other.take()).toBe('\r\n+CEREG: 0\r\n');
  });

  it('runs at power-on after the boot URCs, immediate or on the clock, and not while off', async () => {
    const quick = await ModemHarness.start();
    expect(quick.modem.state.network.registration.phase).toBe('registered');
    const h = await ModemHarness.start({ realisticBoot: true });
    expect(h.modem.state.network.registration.phase).toBe('registered');
    h.modem.powerOff();
    h.modem.state.network.registration = { phase: 'off' };
    h.modem.react();
    expect(h.modem.state.network.registration.phase).toBe('off');
  });
});

describe('the hangup-data effect', () => {
  it('ends a suspended data session quietly (ATH), leaving nothing for ATO', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    await h.command('ATD*99#');
    await h.advance(1100);
    h.send('+++');
    await h.advance(1100);
    h.take();
    expect(h.modem.port.hasSuspendedData).toBe(true);
    expect(await h.command('ATH')).toBe('\r\nOK\r\n');
    expect(h.modem.port.hasSuspendedData).toBe(false);
  });
});

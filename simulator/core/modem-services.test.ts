// The services the core gives subsystems: power-cycle timers, the slices' react hook (after command lines, control actions, timers, boot), and the
// hangup-data effect of ATH. Observed through the network slice, which reacts to the SIM.

import { describe, expect, it } from 'vitest';
import { ModemControl } from '../control/control.js';
import { SIM767XX } from '../profiles/index.js';
import { ModemHarness } from '../testing/harness.js';

const lockedSim = { ...SIM767XX, sim: { ...SIM767XX.sim!, pinEnabled: true } };

describe('power-cycle timers', () => {
  it('fire on the clock, can be cleared, and die with the power cycle', async () => {
    const h = await ModemHarness.start();
    const fired: string[] = [];
    const s = h.modem.services();
    s.setTimer(1000, () => fired.push('a'));
    const b = s.setTimer(1000, () => fired.push('b'));
    s.clearTimer(b);
    s.setTimer(5000, () => fired.push('c'));
    await h.advance(1000);
    expect(fired).toEqual(['a']);
    h.modem.reboot();
    await h.advance(60_000);
    expect(fired).toEqual(['a']);
  });
});

describe('react', () => {
  it('runs after a command line, before its final result code', async () => {
    const h = await ModemHarness.start({ profile: lockedSim });
    await h.command('ATE0;+CEREG=1');
    h.modem.state.sim.lock = { status: 'ready' };
    expect(await h.command('AT')).toBe('\r\nOK\r\n\r\n+CEREG: 2\r\n');
  });

  it('runs after a control action and after a power-cycle timer', async () => {
    const h = await ModemHarness.start({ profile: lockedSim });
    await h.command('ATE0;+CEREG=1');
    h.modem.services().setTimer(500, () => {
      h.modem.state.sim.lock = { status: 'ready' };
    });
    await h.advance(500);
    expect(h.take()).toBe('\r\n+CEREG: 2\r\n');
    h.modem.state.sim.lock = { status: 'absent' };
    await new ModemControl(h.modem).run('status');
    await h.settle();
    expect(h.take()).toBe('\r\n+CEREG: 0\r\n');
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

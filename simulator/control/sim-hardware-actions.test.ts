// The SIM and hardware control actions: logged in the session log, described for --help,
// reachable by name.

import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../testing/harness.js';
import { findAction } from './actions.js';
import { ModemControl } from './control.js';

describe('SIM and hardware control actions', () => {
  it('are listed and logged', async () => {
    for (const name of ['remove sim', 'insert sim', 'set sim', 'sim status', 'set supply', 'set temperature', 'set adc', 'set gpio', 'hardware status']) {
      expect(findAction(name), name).toBeDefined();
    }
    expect(ModemControl.describe()).toContain('set supply');
    const h = await ModemHarness.start();
    const log: string[] = [];
    h.modem.events.on('log', (m) => log.push(m));
    const control = new ModemControl(h.modem);
    await control.run('set supply', { mv: '3700' });
    await control.run('remove sim');
    expect(log).toContain('control: set supply {"mv":3700}');
    expect(log).toContain('control: remove sim {}');
  });

  it('report the SIM and the board', async () => {
    const h = await ModemHarness.start();
    const control = new ModemControl(h.modem);
    expect(await control.run('sim status')).toMatchObject({ inserted: true, iccid: '89860318760238610932', lock: { status: 'ready' }, retries: { pin: 3, puk: 10, pin2: 3, puk2: 10 } });
    expect(await control.run('hardware status')).toMatchObject({ power: 'on', supplyMv: 3749, temperatureC: 15, adcMv: [908, 904] });
    await control.run('set sim', { 'pin-enabled': true });
    await h.settle();
    expect(h.take()).toBe('\r\n+CPIN: SIM PIN\r\n');
    await expect(control.run('set sim', { 'pin-retries': 9 })).rejects.toThrow(/--pin-retries must be an integer 0-3/);
    await expect(control.run('set adc', { channel: 3, mv: 1 })).rejects.toThrow(/--channel/);
  });
});

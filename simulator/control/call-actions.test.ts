// Control actions of calls (the calls themselves: simulator/handlers/v25ter/dial.test.ts).

import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../testing/harness.js';
import { ModemControl } from './control.js';

describe('call control actions', () => {
  it('refuse what cannot happen, with a reason', async () => {
    const h = await ModemHarness.start();
    const control = new ModemControl(h.modem);
    await expect(control.run('remote hangup')).rejects.toThrow(/no voice call/);
    await expect(control.run('set callee', { outcome: 'maybe' })).rejects.toThrow(/answer, busy, no-answer, no-carrier/);
    await expect(control.run('incoming call')).rejects.toThrow(/needs --number/);
    h.modem.powerOff();
    await expect(control.run('incoming call', { number: '1' })).rejects.toThrow(/is off/);
  });

  it('keep the callee behaviour in the world', async () => {
    const h = await ModemHarness.start();
    const control = new ModemControl(h.modem);
    expect(await control.run('set callee', { outcome: 'busy', afterMs: 1200 })).toEqual({ outcome: 'busy', afterMs: 1200 });
    expect(await control.run('set callee', { outcome: 'answer' })).toEqual({ outcome: 'answer', afterMs: 1200 });
  });
});

// SIM767XX §2.2.2 ATH.

import { describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { ModemHarness } from '../../testing/harness.js';

describe('ATH', () => {
  it('ends a voice call: OK, then VOICE CALL: END with the connected time', async () => {
    const h = await ModemHarness.start();
    const control = new ModemControl(h.modem);
    await h.command('ATE0');
    await control.run('set callee', { outcome: 'answer', afterMs: 2000 });
    await h.command('ATD10086;');
    await h.advance(2000 + 3_725_000);
    h.take();
    expect(await h.command('ATH0')).toBe('\r\nOK\r\n\r\nVOICE CALL: END: 010205\r\n');
    expect(await h.command('ATH')).toBe('\r\nOK\r\n');
    expect(await h.command('ATH1')).toBe('\r\nERROR\r\n');
  });

  it('cancels a call still being dialled', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    await h.command('ATD10086;');
    expect(await h.command('ATH')).toBe('\r\nOK\r\n');
    await h.advance(60_000);
    expect(h.take()).toBe('');
  });

  it('drops a PS data call left with +++ (ATO then has nothing to resume)', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    await h.command('ATD*99#');
    await h.advance(1100);
    h.send('+++');
    await h.advance(1100);
    expect(h.take()).toContain('\r\nOK\r\n');
    expect(await h.command('ATH')).toBe('\r\nOK\r\n');
    expect(h.modem.state.calls.data).toBeUndefined();
    expect(await h.command('ATO')).toBe('\r\nNO CARRIER\r\n');
    // The default bearer the dial-up used stays up.
    expect(await h.command('AT+CGACT?')).toBe('\r\n+CGACT: 1,1\r\n\r\nOK\r\n');
  });
});

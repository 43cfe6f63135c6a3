// AT+CGDRT / AT+CGSETV / AT+CGGETV (§9.2.10-9.2.12).

import { describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { ModemHarness } from '../../testing/harness.js';

describe('GPIO', () => {
  it('sets directions, drives outputs, reads inputs driven from outside', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    const control = new ModemControl(h.modem);
    expect(await h.command('AT+CGDRT=3')).toBe('\r\n+CGDRT: 3,0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CGGETV=3')).toBe('\r\n+CGGETV: 3,0\r\n\r\nOK\r\n');
    await control.run('set gpio', { gpio: 3, level: 1 });
    expect(await h.command('AT+CGGETV=3')).toBe('\r\n+CGGETV: 3,1\r\n\r\nOK\r\n');
    // An input cannot be set; an output cannot be read.
    expect(await h.command('AT+CGSETV=3,1')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CGDRT=3,1')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CGSETV=3,1')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CGGETV=3')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CGDRT=3')).toBe('\r\n+CGDRT: 3,1\r\n\r\nOK\r\n');
    expect((await control.run('hardware status') as { gpio: Record<number, { output: number }> }).gpio[3]!.output).toBe(1);
    // GPIO 2 does not exist on this module; values out of range.
    for (const bad of ['AT+CGDRT=2', 'AT+CGDRT=3,2', 'AT+CGSETV=13,1', 'AT+CGGETV=0', 'AT+CGDRT=3,1,5', 'AT+CGDRT=3,,1']) {
      expect(await h.command(bad), bad).toBe('\r\nERROR\r\n');
    }
    await expect(control.run('set gpio', { gpio: 2, level: 1 })).rejects.toThrow(/--gpio/);
  });

  it('starts with every GPIO an input after a restart, unless saved to flash', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    await h.command('AT+CGDRT=4,1');
    await h.command('AT+CGDRT=5,1,1');
    await h.command('AT+CGSETV=5,1,1');
    await h.command('AT+CRESET');
    await h.advance(5000);
    h.take();
    await h.command('ATE0');
    expect(await h.command('AT+CGDRT=4')).toBe('\r\n+CGDRT: 4,0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CGDRT=5')).toBe('\r\n+CGDRT: 5,1\r\n\r\nOK\r\n');
    expect(h.modem.state.hardware.gpio[5]).toEqual({ direction: 'out', output: 1 });
  });
});

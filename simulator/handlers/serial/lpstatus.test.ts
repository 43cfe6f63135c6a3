import { describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { ModemHarness } from '../../testing/harness.js';
import { WAKE_UP_HINT } from './lpstatus.js';

function status(dtrLevel: number, usb: number, csclk: number): string {
  return ['+LPSTATUS:', 'SLEEP:', `DTR_LEVEL = ${dtrLevel},`, `USB_PHY = ${usb},`, `CSCLK = ${csclk}.`, WAKE_UP_HINT].map((l) => l + '\r\n').join('');
}

describe('AT+LPSTATUS (§8.2.8)', () => {
  it('reports the DTR pin level, the USB cable and +CSCLK as they are', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    // The DTE drives DTR on: the pin is low.
    expect(await h.command('AT+LPSTATUS')).toBe(`\r\n${status(0, 0, 0)}\r\nOK\r\n`);
    await h.command('AT+CSCLK=2');
    h.modem.setDteSignals({ dtr: false });
    await new ModemControl(h.modem).run('set usb', { connected: true });
    expect(await h.command('AT+LPSTATUS')).toBe(`\r\n${status(1, 1, 2)}\r\nOK\r\n`);
  });

  it('has no read or write form', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+LPSTATUS?')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+LPSTATUS=1')).toBe('\r\nERROR\r\n');
  });
});

import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../testing/harness.js';
import { ModemControl } from './control.js';
import { teFrame, SABM } from '../serial/testing/mux-te.js';

describe('serial control actions', () => {
  it('drive DTR and RTS, plug USB, and report the UART, each logged', async () => {
    const h = await ModemHarness.start();
    const logs: string[] = [];
    h.modem.events.on('log', (m) => logs.push(m));
    const control = new ModemControl(h.modem);
    expect(await control.run('set dte', { dtr: 'false', rts: 'true' })).toMatchObject({ dtr: false, rts: true });
    expect(h.modem.signals.dtr).toBe(false);
    expect(await control.run('set usb', { connected: true })).toMatchObject({ usbConnected: true });
    await h.command('AT+IPR=38400;+CMUX=0');
    h.send(Buffer.concat([teFrame(0, SABM), teFrame(1, SABM)]));
    await h.finish();
    expect(await control.run('serial status')).toMatchObject({
      baudRate: 38400,
      framing: '8N1',
      cmux: { dlcs: [0, 1] },
      channels: [
        { name: 'uart', mode: 'command' },
        { name: 'dlc1', mode: 'command' },
      ],
    });
    expect(logs.filter((l) => l.startsWith('control: '))).toEqual(['control: set dte {"dtr":false,"rts":true}', 'control: set usb {"connected":true}', 'control: serial status {}']);
    await expect(control.run('set usb', {})).rejects.toThrow(/needs --connected/);
  });
});

import { describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { DTR_WAKE_MS, RX_IDLE_MS } from '../../serial/serial-interface.js';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+CSCLK=1: DTR sleep (§8.2.7)', () => {
  it('sleeps while DTR is off: what the DTE sends is lost; wakes shortly after DTR comes on', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+CSCLK=1')).toBe('\r\nOK\r\n');
    expect(await h.command('AT')).toBe('\r\nOK\r\n');
    h.modem.setDteSignals({ dtr: false });
    expect(h.modem.serial.asleep).toBe(true);
    expect(await h.command('AT')).toBe('');
    h.modem.setDteSignals({ dtr: true });
    expect(await h.command('AT')).toBe('');
    await h.advance(DTR_WAKE_MS);
    expect(await h.command('AT')).toBe('\r\nOK\r\n');
  });

  it('prints URCs while asleep (the module wakes to send them)', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    await h.command('AT+CSCLK=1');
    h.modem.setDteSignals({ dtr: false });
    h.modem.urc('+CMTI: "SM",4');
    await h.settle();
    expect(h.take()).toBe('\r\n+CMTI: "SM",4\r\n');
  });

  it('stays awake with a USB host connected, or with +CSCLK=0', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    h.modem.setDteSignals({ dtr: false });
    expect(await h.command('AT')).toBe('\r\nOK\r\n');
    await h.command('AT+CSCLK=1');
    await new ModemControl(h.modem).run('set usb', { connected: true });
    expect(await h.command('AT')).toBe('\r\nOK\r\n');
  });
});

describe('AT+CSCLK=2: RX sleep', () => {
  it('sleeps after a quiet line; the data that wakes it is lost, what follows is heard', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    await h.command('AT+CSCLK=2');
    await h.advance(RX_IDLE_MS - 1);
    expect(await h.command('AT')).toBe('\r\nOK\r\n');
    await h.advance(RX_IDLE_MS);
    expect(h.modem.serial.asleep).toBe(true);
    expect(await h.command('AT')).toBe('');
    expect(await h.command('AT')).toBe('\r\nOK\r\n');
  });

  it('is lost on reset (NO_SAVE) and AT+CSCLK turns it off', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    await h.command('AT+CSCLK=2');
    expect(await h.command('AT+CSCLK')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CSCLK?')).toBe('\r\n+CSCLK: 0\r\n\r\nOK\r\n');
    await h.command('AT+CSCLK=1');
    await h.command('AT+CRESET');
    await h.advance(10_000);
    h.take();
    expect(await h.command('AT+CSCLK?')).toBe('AT+CSCLK?\r\r\n+CSCLK: 0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CSCLK=3')).toBe('AT+CSCLK=3\r\r\nERROR\r\n');
  });
});

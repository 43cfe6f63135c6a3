import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+IFC (§8.2.6)', () => {
  it('with <dce>=2, holds the module\'s output while RTS is off and releases it, in order', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+IFC=2,2')).toBe('\r\nOK\r\n');
    h.modem.setDteSignals({ rts: false });
    expect(await h.command('AT+CGMI')).toBe('');
    h.modem.urc('+CMTI: "SM",1');
    await h.settle();
    expect(h.take()).toBe('');
    h.modem.setDteSignals({ rts: true });
    expect(h.take()).toBe('\r\nSIMCOM INCORPORATED\r\n\r\nOK\r\n\r\n+CMTI: "SM",1\r\n');
  });

  it('with <dce>=0, ignores RTS', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    h.modem.setDteSignals({ rts: false });
    expect(await h.command('AT')).toBe('\r\nOK\r\n');
  });

  it('keeps <dte> when omitted, resets with AT+IFC, and is stored by AT&W, restored by ATZ, reset by AT&F', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    await h.command('AT+IFC=2,2');
    expect(await h.command('AT+IFC=0')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+IFC?')).toBe('\r\n+IFC: 0,2\r\n\r\nOK\r\n');
    await h.command('AT+IFC');
    expect(await h.command('AT+IFC?')).toBe('\r\n+IFC: 0,0\r\n\r\nOK\r\n');
    await h.command('AT+IFC=2,2;&W');
    await h.command('AT+IFC=0,0');
    await h.command('ATZ');
    expect(await h.command('AT+IFC?')).toBe('\r\n+IFC: 2,2\r\n\r\nOK\r\n');
    await h.command('AT&F');
    expect(await h.command('AT+IFC?')).toBe('AT+IFC?\r\r\n+IFC: 0,0\r\n\r\nOK\r\n');
  });

  it('refuses values the manual does not list', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    for (const bad of ['AT+IFC=1,1', 'AT+IFC=2,1', 'AT+IFC=', 'AT+IFC=0,0,0']) expect(await h.command(bad), bad).toBe('\r\nERROR\r\n');
  });
});

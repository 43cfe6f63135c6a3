// AT+CVALARM / AT+CPMVT (§9.2.1, §9.2.5) with the supply driven from the control API: the
// "voltage below the alarm → URC → power-off" scenario, on a manual clock.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { ModemHarness } from '../../testing/harness.js';

async function modem(options: { stateDir?: string } = {}): Promise<{ h: ModemHarness; control: ModemControl }> {
  const h = await ModemHarness.start(options);
  await h.command('ATE0');
  return { h, control: new ModemControl(h.modem) };
}

describe('supply voltage alarms', () => {
  it('warns every 10 s below the alarm threshold, then powers off below the power-off one', async () => {
    const { h, control } = await modem();
    expect(await h.command('AT+CVALARM=1,3500,4300')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CPMVT=1,3300,4300')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CBC')).toBe('\r\n+CBC: 3.749V\r\n\r\nOK\r\n');
    await control.run('set supply', { mv: 3450 });
    await h.settle();
    expect(h.take()).toBe('\r\nUNDER-VOLTAGE WARNNING\r\n');
    await h.advance(9999);
    expect(h.take()).toBe('');
    await h.advance(1);
    expect(h.take()).toBe('\r\nUNDER-VOLTAGE WARNNING\r\n');
    expect(await h.command('AT+CBC')).toBe('\r\n+CBC: 3.450V\r\n\r\nOK\r\n');
    await h.advance(10_000);
    expect(h.take()).toBe('\r\nUNDER-VOLTAGE WARNNING\r\n');
    await control.run('set supply', { mv: 3250 });
    await h.settle();
    expect(h.take()).toBe('\r\nUNDER-VOLTAGE WARNNING POWER DOWN\r\n');
    expect(h.modem.power).toBe('off');
    expect(await h.command('AT')).toBe('');
    // Nothing runs on after the power-off.
    await h.advance(60_000);
    expect(h.take()).toBe('');
    expect(h.clock.pendingCount).toBe(0);
  });

  it('stops warning when the supply recovers; over-voltage likewise', async () => {
    const { h, control } = await modem();
    await h.command('AT+CVALARM=1,3400,4200');
    await control.run('set supply', { mv: 4250 });
    await h.settle();
    expect(h.take()).toBe('\r\nOVER-VOLTAGE WARNNING\r\n');
    await control.run('set supply', { mv: 3800 });
    await h.advance(60_000);
    expect(h.take()).toBe('');
    await control.run('set supply', { mv: 3300 });
    await h.settle();
    expect(h.take()).toBe('\r\nUNDER-VOLTAGE WARNNING\r\n');
    await h.command('AT+CVALARM=0');
    await h.advance(60_000);
    expect(h.take()).toBe('');
  });

  it('acts right after the OK when the supply is already outside new thresholds', async () => {
    const { h, control } = await modem();
    await control.run('set supply', { mv: 3350 });
    expect(await h.command('AT+CVALARM=1,3400')).toBe('\r\nOK\r\n\r\nUNDER-VOLTAGE WARNNING\r\n');
    expect(await h.command('AT+CVALARM?')).toBe('\r\n+CVALARM: 1,3400,4300\r\n\r\nOK\r\n');
    expect(await h.command('AT+CPMVT=1,3400,4300')).toBe('\r\nOK\r\n\r\nUNDER-VOLTAGE WARNNING POWER DOWN\r\n');
    expect(h.modem.power).toBe('off');
  });

  it('powers off again right after power-on while the supply stays low; recovers once it is fixed', async () => {
    const { h, control } = await modem();
    await h.command('AT+CPMVT=1,3400,4300,1');
    await control.run('set supply', { mv: 3300 });
    await h.settle();
    h.take();
    await control.run('power on');
    await h.advance(10_000);
    expect(h.take()).toBe('\r\nUNDER-VOLTAGE WARNNING POWER DOWN\r\n');
    expect(h.modem.power).toBe('off');
    await control.run('set supply', { mv: 3800 });
    await control.run('power on');
    await h.advance(10_000);
    expect(h.take()).toBe('\r\n*ATREADY: 1\r\n\r\n+CPIN: READY\r\n\r\nSMS DONE\r\n');
    expect(await h.command('AT+CPMVT?')).toBe('AT+CPMVT?\r\r\n+CPMVT: 1,3400,4300\r\n\r\nOK\r\n');
  });

  it('keeps settings written with <save to flash> 1 over a restart, forgets the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modemsim-hw-'));
    const { h } = await modem({ stateDir: dir });
    await h.command('AT+CVALARM=1,3600,4100,1');
    await h.command('AT+CPMVT=1,3300,4250');
    await h.command('AT+CRESET');
    await h.advance(5000);
    h.take();
    expect(await h.command('AT+CVALARM?;+CPMVT?')).toBe('AT+CVALARM?;+CPMVT?\r\r\n+CVALARM: 1,3600,4100\r\n\r\n+CPMVT: 0,3200,4300\r\n\r\nOK\r\n');
    const again = await ModemHarness.start({ stateDir: dir });
    expect(await again.command('AT+CVALARM?')).toContain('+CVALARM: 1,3600,4100');
  });

  it('refuses values outside the manual\'s ranges and keeps the old ones', async () => {
    const { h } = await modem();
    for (const bad of ['AT+CVALARM=2', 'AT+CVALARM=1,3100', 'AT+CVALARM=1,3400,4400', 'AT+CVALARM=1,3400,4300,2', 'AT+CPMVT=1,4001', 'AT+CPMVT=', 'AT+CPMVT=1,3400,4300,1,1']) {
      expect(await h.command(bad), bad).toBe('\r\nERROR\r\n');
    }
    expect(await h.command('AT+CVALARM?;+CPMVT?')).toBe('\r\n+CVALARM: 0,3200,4300\r\n\r\n+CPMVT: 0,3200,4300\r\n\r\nOK\r\n');
    expect(await h.command('AT+CVALARM=?')).toBe('\r\n+CVALARM: (0-1),(3200-4000),(4001-4300),(0-1)\r\n\r\nOK\r\n');
  });
});

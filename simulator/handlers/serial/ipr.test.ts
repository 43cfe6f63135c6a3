import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../../testing/harness.js';

async function reboot(h: ModemHarness): Promise<void> {
  await h.command('AT+CRESET');
  await h.advance(10_000);
  h.take();
  await h.command('ATE0');
}

describe('AT+IPR / AT+IPREX (§8.2.3-8.2.4)', () => {
  it('changes the rate after the OK, and only until the next power-on', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+IPR=9600')).toBe('\r\nOK\r\n');
    expect(h.modem.serial.line.baudRate).toBe(9600);
    expect(await h.command('AT+IPR?')).toBe('\r\n+IPR: 9600\r\n\r\nOK\r\n');
    expect(await h.command('AT+IPREX?')).toBe('\r\n+IPREX: 115200\r\n\r\nOK\r\n');
    await reboot(h);
    expect(await h.command('AT+IPR?')).toBe('\r\n+IPR: 115200\r\n\r\nOK\r\n');
    expect(h.modem.serial.line.baudRate).toBe(115200);
  });

  it('keeps +IPREX in NVRAM: the rate of every power-on, also for a new simulator on the same state', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modemsim-ipr-'));
    const h = await ModemHarness.start({ stateDir: dir });
    await h.command('ATE0');
    expect(await h.command('AT+IPREX=57600')).toBe('\r\nOK\r\n');
    expect(h.modem.serial.line.baudRate).toBe(57600);
    await h.command('AT+IPR=9600');
    await reboot(h);
    expect(await h.command('AT+IPR?;+IPREX?')).toBe('\r\n+IPR: 57600\r\n\r\n+IPREX: 57600\r\n\r\nOK\r\n');
    const again = await ModemHarness.start({ stateDir: dir });
    expect(again.modem.serial.line.baudRate).toBe(57600);
  });

  it('AT+IPR goes back to the boot value, AT+IPREX to 115200', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    await h.command('AT+IPREX=230400');
    await h.command('AT+IPR=4800');
    expect(await h.command('AT+IPR')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+IPR?')).toBe('\r\n+IPR: 230400\r\n\r\nOK\r\n');
    expect(await h.command('AT+IPREX')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+IPR?;+IPREX?')).toBe('\r\n+IPR: 115200\r\n\r\n+IPREX: 115200\r\n\r\nOK\r\n');
  });

  it('refuses rates outside the list, keeping the current one', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    for (const bad of ['AT+IPR=0', 'AT+IPR=921600', 'AT+IPR=', 'AT+IPREX=1000', 'AT+IPREX="9600"', 'AT+IPREX=96OO', 'AT+IPR=9600,1']) {
      expect(await h.command(bad), bad).toBe('\r\nERROR\r\n');
    }
    expect(await h.command('AT+IPR?;+IPREX?')).toBe('\r\n+IPR: 115200\r\n\r\n+IPREX: 115200\r\n\r\nOK\r\n');
  });

  it('shows both rates in AT&V where the manual\'s example has them', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    await h.command('AT+IPR=19200');
    const out = await h.command('AT&V');
    expect(out).toMatch(/^\r\n&F: 0; &W: 0; E: 0; Q: 0; &C: 1; &D: 0; V: 1; Z: 0; \+IPR: 19200; \+IPREX: 115200; \+CSCS: IRA; /);
  });
});

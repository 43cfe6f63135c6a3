// AT+SIMEI (§3.2.10): the IMEI, kept in NVRAM.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+SIMEI', () => {
  it('sets the IMEI that AT+CGSN and ATI report, over a reset and a simulator restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modemsim-simei-'));
    const h = await ModemHarness.start({ stateDir: dir });
    await h.command('ATE0');
    expect(await h.command('AT+SIMEI?')).toBe('\r\n+SIMEI: 351602000330570\r\n\r\nOK\r\n');
    expect(await h.command('AT+SIMEI=357396012183175')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CGSN')).toBe('\r\n357396012183175\r\n\r\nOK\r\n');
    await h.command('AT+CRESET');
    await h.advance(5000);
    h.take();
    expect(await h.command('AT+SIMEI?')).toBe('AT+SIMEI?\r\r\n+SIMEI: 357396012183175\r\n\r\nOK\r\n');
    const again = await ModemHarness.start({ stateDir: dir });
    expect(await again.command('ATI')).toContain('IMEI: 357396012183175');
  });

  it('takes it quoted too, and refuses anything but 15 digits', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+SIMEI="861234567890123"')).toBe('\r\nOK\r\n');
    for (const bad of ['AT+SIMEI=12345', 'AT+SIMEI=3573960121831751', 'AT+SIMEI=35739601218317A', 'AT+SIMEI=', 'AT+SIMEI=1,2']) {
      expect(await h.command(bad), bad).toBe('\r\nERROR\r\n');
    }
    expect(await h.command('AT+SIMEI?')).toBe('\r\n+SIMEI: 861234567890123\r\n\r\nOK\r\n');
  });
});

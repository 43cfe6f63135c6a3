// SIM767XX §4.2.4 AT+COPN: the ME's operator name table.

import { describe, expect, it } from 'vitest';
import { SIM767XX } from '../../profiles/index.js';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+COPN', () => {
  it('lists every name of the table, quoted, in order', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    const expected = SIM767XX.network.operatorNames.map(([p, n]) => `+COPN: "${p}","${n}"\r\n`).join('');
    expect(await h.command('AT+COPN')).toBe(`\r\n${expected}\r\nOK\r\n`);
    expect(await h.command('AT+COPN=?')).toBe('\r\nOK\r\n');
  });
});

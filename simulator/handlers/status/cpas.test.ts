// AT+CPAS (§3.2.9).

import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../../testing/harness.js';
import { phoneActivity } from './cpas.js';

describe('AT+CPAS', () => {
  it('reports ready with no call activity, and lists 0,3,4', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+CPAS')).toBe('\r\n+CPAS: 0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CPAS=?')).toBe('\r\n+CPAS: (0,3,4)\r\n\r\nOK\r\n');
    expect(phoneActivity(h.modem.state)).toBe(0);
  });
});

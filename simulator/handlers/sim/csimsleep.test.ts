// AT+CSIMSLEEP (§6.2.8): while the SIM may sleep, the commands that need it powered refuse.

import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+CSIMSLEEP', () => {
  it('reads back, blocks +CSIM/+CRSM/+CACM/+CAMM at 1, and is back to 0 after a restart', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    await h.command('AT+CMEE=1');
    expect(await h.command('AT+CSIMSLEEP?')).toBe('\r\n+CSIMSLEEP: 0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CSIMSLEEP=1')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CSIMSLEEP?')).toBe('\r\n+CSIMSLEEP: 1\r\n\r\nOK\r\n');
    for (const c of ['AT+CSIM=10,"80F2000000"', 'AT+CRSM=242', 'AT+CACM?', 'AT+CAMM?']) {
      expect(await h.command(c), c).toBe('\r\n+CME ERROR: 3\r\n');
    }
    expect(await h.command('AT+CSIMSLEEP=2')).toBe('\r\nERROR\r\n');
    await h.command('AT+CSIMSLEEP=0');
    expect(await h.command('AT+CACM?')).toBe('\r\n+CACM: "000000"\r\n\r\nOK\r\n');
    await h.command('AT+CSIMSLEEP=1');
    await h.command('AT+CRESET');
    await h.advance(5000);
    h.take();
    expect(await h.command('AT+CSIMSLEEP?')).toBe('AT+CSIMSLEEP?\r\r\n+CSIMSLEEP: 0\r\n\r\nOK\r\n');
  });
});

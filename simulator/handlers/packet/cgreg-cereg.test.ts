// SIM767XX §5.2.1 AT+CGREG, §5.2.2 AT+CEREG (scenarios in simulator/network/radio.test.ts).

import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+CGREG / AT+CEREG', () => {
  it('set <n>, reset it with the execute form, refuse 3, and are NO_SAVE', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+CGREG=2;+CEREG=1;+CGREG?;+CEREG?')).toBe('\r\n+CGREG: 2,1,"9A5F","03E1F982"\r\n\r\n+CEREG: 1,1\r\n\r\nOK\r\n');
    expect(await h.command('AT+CGREG;+CEREG;+CGREG?;+CEREG?')).toBe('\r\n+CGREG: 0,1\r\n\r\n+CEREG: 0,1\r\n\r\nOK\r\n');
    expect(await h.command('AT+CGREG=3')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CEREG=3')).toBe('\r\nERROR\r\n');
    await h.command('AT+CEREG=2;+CRESET');
    await h.advance(20_000);
    h.take();
    expect(await h.command('AT+CEREG?')).toBe('AT+CEREG?\r\r\n+CEREG: 0,1\r\n\r\nOK\r\n');
  });
});

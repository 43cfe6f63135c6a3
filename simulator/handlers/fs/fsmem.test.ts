import { describe, expect, it } from 'vitest';
import { fileSystemOf } from '../../fs/index.js';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+FSMEM (§10.2.8)', () => {
  it('reports the current drive: the manual\'s numbers on a fresh module, files in whole blocks', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+FSMEM')).toBe('\r\n+FSMEM: C:(11348480, 2201600)\r\n\r\nOK\r\n');
    fileSystemOf(h.modem).write('C:/a', Buffer.alloc(1000));
    expect(await h.command('AT+FSMEM')).toBe('\r\n+FSMEM: C:(11348480, 2202624)\r\n\r\nOK\r\n');
    await h.command('AT+FSCD=D:');
    expect(await h.command('AT+FSMEM')).toBe('\r\n+FSMEM: D:(255533056, 0)\r\n\r\nOK\r\n');
    fileSystemOf(h.modem).setSdCard(false);
    expect(await h.command('AT+FSMEM')).toBe('\r\nERROR\r\n');
  });
});

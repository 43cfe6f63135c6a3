import { describe, expect, it } from 'vitest';
import { fileSystemOf } from '../../fs/index.js';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+FSATTRI (§10.2.7)', () => {
  it('gives a file\'s size in bytes, by name or by path', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    const fs = fileSystemOf(h.modem);
    fs.write('C:/image_0.jpg', Buffer.alloc(8604));
    fs.write('C:/empty', Buffer.alloc(0));
    expect(await h.command('AT+FSATTRI=image_0.jpg')).toBe('\r\n+FSATTRI: 8604\r\n\r\nOK\r\n');
    expect(await h.command('AT+FSATTRI="C:/image_0.jpg"')).toBe('\r\n+FSATTRI: 8604\r\n\r\nOK\r\n');
    expect(await h.command('AT+FSATTRI=empty')).toBe('\r\n+FSATTRI: 0\r\n\r\nOK\r\n');
    expect(await h.command('AT+FSATTRI=none')).toBe('\r\nERROR\r\n');
    fs.userDirectory();
    expect(await h.command('AT+FSATTRI=simdir')).toBe('\r\nERROR\r\n');
  });
});

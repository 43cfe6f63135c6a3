import { describe, expect, it } from 'vitest';
import { fileSystemOf } from '../../fs/index.js';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+FSPRESET (§10.2.10)', () => {
  it('moves a file from C:/ to C:/simdir/ and back', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    const fs = fileSystemOf(h.modem);
    fs.write('C:/test.txt', Buffer.from('t'));
    expect(await h.command('AT+FSPRESET=test.txt,0')).toBe('\r\nOK\r\n');
    expect(fs.exists('C:/simdir/test.txt')).toBe(true);
    expect(fs.exists('C:/test.txt')).toBe(false);
    expect(await h.command('AT+FSPRESET=test.txt')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+FSPRESET="test.txt",1')).toBe('\r\nOK\r\n');
    expect(fs.read('C:/test.txt')).toMatchObject({ ok: true });
  });

  it('refuses a missing file, a taken name, and a path', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    const fs = fileSystemOf(h.modem);
    fs.write('C:/a', Buffer.from('1'));
    fs.write('C:/simdir/a', Buffer.from('2'), { parents: true });
    expect(await h.command('AT+FSPRESET=a,0')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+FSPRESET=b,1')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+FSPRESET=simdir/a,1')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+FSPRESET=a,2')).toBe('\r\nERROR\r\n');
  });
});

import { describe, expect, it } from 'vitest';
import { fileSystemOf } from '../../fs/index.js';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+FSRENAME (§10.2.6)', () => {
  it('renames a file in the current directory to a free name', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    const fs = fileSystemOf(h.modem);
    fs.write('C:/image_0.jpg', Buffer.from('jpeg'));
    fs.write('C:/other.jpg', Buffer.from('x'));
    expect(await h.command('AT+FSRENAME=image_0.jpg,image_1.jpg')).toBe('\r\nOK\r\n');
    expect(fs.read('C:/image_1.jpg')).toMatchObject({ ok: true });
    expect(fs.exists('C:/image_0.jpg')).toBe(false);
    expect(await h.command('AT+FSRENAME="image_1.jpg","other.jpg"')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+FSRENAME=none.jpg,x.jpg')).toBe('\r\nERROR\r\n');
  });

  it('refuses an empty file (its note), a move to another directory, and a directory', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    const fs = fileSystemOf(h.modem);
    fs.write('D:/empty', Buffer.alloc(0));
    fs.write('D:/full', Buffer.from('x'));
    fs.mkdir('D:/dir');
    await h.command('AT+FSCD=D:');
    expect(await h.command('AT+FSRENAME=empty,e2')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+FSRENAME=full,dir/full')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+FSRENAME=dir,dir2')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+FSRENAME=full,FULL')).toBe('\r\nOK\r\n');
    expect(fs.list('D:/')).toMatchObject({ ok: true, value: { files: [{ name: 'FULL' }, { name: 'empty' }] } });
  });
});

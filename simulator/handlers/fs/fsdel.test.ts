import { describe, expect, it } from 'vitest';
import { fileSystemOf } from '../../fs/index.js';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+FSDEL (§10.2.5)', () => {
  it('deletes a file of the current directory, with or without quotes; *.* deletes all its files', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    const fs = fileSystemOf(h.modem);
    for (const n of ['a.txt', 'b.txt', 'c.txt']) fs.write(`D:/dir/${n}`, Buffer.from(n), { parents: true });
    fs.mkdir('D:/dir/keep');
    await h.command('AT+FSCD=D:/dir');
    expect(await h.command('AT+FSDEL=a.txt')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+FSDEL="B.TXT"')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+FSDEL=a.txt')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+FSDEL=keep')).toBe('\r\nERROR\r\n');
    fs.write('D:/dir/d.txt', Buffer.from('d'));
    expect(await h.command('AT+FSDEL=*.*')).toBe('\r\nOK\r\n');
    expect(fs.walk('D:/dir').map((e) => e.name)).toEqual(['keep']);
  });
});

import { describe, expect, it } from 'vitest';
import { fileSystemOf } from '../../fs/index.js';
import { ModemHarness } from '../../testing/harness.js';

async function start() {
  const h = await ModemHarness.start();
  await h.command('ATE0');
  const fs = fileSystemOf(h.modem);
  fs.mkdir('D:/SecondDir');
  fs.mkdir('D:/FirstDir');
  fs.write('D:/image_1.jpg', Buffer.from('1'));
  fs.write('D:/image_0.jpg', Buffer.from('0'));
  await h.command('AT+FSCD=D:');
  return h;
}

describe('AT+FSLS (§10.2.4)', () => {
  it('counts, and lists one name per line under each header', async () => {
    const h = await start();
    expect(await h.command('AT+FSLS?')).toBe('\r\n+FSLS: SUBDIRECTORIES:2,FILES:2\r\n\r\nOK\r\n');
    const both = '\r\n+FSLS: SUBDIRECTORIES:\r\nFirstDir\r\nSecondDir\r\n\r\n+FSLS: FILES:\r\nimage_0.jpg\r\nimage_1.jpg\r\n\r\nOK\r\n';
    expect(await h.command('AT+FSLS')).toBe(both);
    expect(await h.command('AT+FSLS=0')).toBe(both);
    expect(await h.command('AT+FSLS=1')).toBe('\r\n+FSLS: SUBDIRECTORIES:\r\nFirstDir\r\nSecondDir\r\n\r\nOK\r\n');
    expect(await h.command('AT+FSLS=2')).toBe('\r\n+FSLS: FILES:\r\nimage_0.jpg\r\nimage_1.jpg\r\n\r\nOK\r\n');
    expect(await h.command('AT+FSLS=3')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+FSLS=?')).toBe('\r\n+FSLS: (0-2)\r\n\r\nOK\r\n');
  });

  it('leaves out an empty file list in the full listing, not when it is the list asked for', async () => {
    const h = await start();
    await h.command('AT+FSCD=FirstDir');
    expect(await h.command('AT+FSLS')).toBe('\r\n+FSLS: SUBDIRECTORIES:\r\n\r\nOK\r\n');
    expect(await h.command('AT+FSLS=2')).toBe('\r\n+FSLS: FILES:\r\n\r\nOK\r\n');
    expect(await h.command('AT+FSLS?')).toBe('\r\n+FSLS: SUBDIRECTORIES:0,FILES:0\r\n\r\nOK\r\n');
  });

  it('answers ERROR when the current directory went away (the SD card taken out)', async () => {
    const h = await start();
    fileSystemOf(h.modem).setSdCard(false);
    expect(await h.command('AT+FSLS')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+FSLS?')).toBe('\r\nERROR\r\n');
  });
});

import { describe, expect, it } from 'vitest';
import { fileSystemOf } from '../../fs/index.js';
import { ModemHarness } from '../../testing/harness.js';

async function start() {
  const h = await ModemHarness.start();
  await h.command('ATE0');
  return h;
}

describe('AT+FSMKDIR / AT+FSRMDIR (§10.2.2-10.2.3)', () => {
  it('make and remove directories on D:', async () => {
    const h = await start();
    await h.command('AT+FSCD=D:');
    expect(await h.command('AT+FSMKDIR=SIMTech')).toBe('\r\nOK\r\n');
    expect(fileSystemOf(h.modem).stat('D:/SIMTech').ok).toBe(true);
    expect(await h.command('AT+FSMKDIR=simtech')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+FSMKDIR="SIMTech/inner"')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+FSRMDIR=SIMTech')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+FSRMDIR=SIMTech/inner')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+FSRMDIR=SIMTech')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+FSRMDIR=SIMTech')).toBe('\r\nERROR\r\n');
  });

  it('answer ERROR on C: ("Only support D:")', async () => {
    const h = await start();
    expect(await h.command('AT+FSMKDIR=dir')).toBe('\r\nERROR\r\n');
    fileSystemOf(h.modem).userDirectory();
    expect(await h.command('AT+FSRMDIR=simdir')).toBe('\r\nERROR\r\n');
  });

  it('refuse names the manual forbids', async () => {
    const h = await start();
    await h.command('AT+FSCD=D:');
    for (const bad of ['a?b', 'a<b', 'a|b', 'x'.repeat(56)]) expect(await h.command(`AT+FSMKDIR=${bad}`), bad).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+FSMKDIR=.hidden')).toBe('\r\nOK\r\n');
  });
});

describe('names that are not ASCII (D: only, §22.2.9)', () => {
  const utf8 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');

  it('take {non-ascii}"<hex>" or the UTF-8 bytes typed, and print the UTF-8 bytes', async () => {
    const h = await start();
    await h.command('AT+FSCD=D:');
    expect(await h.command('AT+FSMKDIR={non-ascii}"E6B58BE8AF95"')).toBe('\r\nOK\r\n');
    expect(fileSystemOf(h.modem).stat('D:/测试')).toMatchObject({ ok: true, value: { kind: 'dir' } });
    expect(await h.command('AT+FSLS=1')).toBe(`\r\n+FSLS: SUBDIRECTORIES:\r\n${utf8('测试')}\r\n\r\nOK\r\n`);
    expect(await h.command(utf8('AT+FSCD=测试'))).toBe(`\r\n+FSCD: ${utf8('D:/测试/')}\r\n\r\nOK\r\n`);
    expect(await h.command('AT+FSCD?')).toBe(`\r\n+FSCD: ${utf8('D:/测试/')}\r\n\r\nOK\r\n`);
  });

  it('are refused on C: and when the bytes are not UTF-8', async () => {
    const h = await start();
    fileSystemOf(h.modem).write('C:/a', Buffer.from('a'));
    expect(await h.command('AT+FSCOPY=a,{non-ascii}"433A2FE6B58B"')).toBe('\r\nINVALID FILE NAME\r\n\r\nERROR\r\n');
    expect(await h.command('AT+FSCOPY=a,{non-ascii}"443A2FE6B58B"')).toBe('\r\n+FSCOPY: 0.0\r\n+FSCOPY: 100.0\r\n\r\nOK\r\n');
    await h.command('AT+FSCD=D:');
    expect(await h.command('AT+FSMKDIR={non-ascii}"FF"')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+FSMKDIR=\xff')).toBe('\r\nERROR\r\n');
  });
});

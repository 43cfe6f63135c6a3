import { describe, expect, it } from 'vitest';
import { fileSystemOf } from '../../fs/index.js';
import { ModemHarness } from '../../testing/harness.js';
import { copyPercent } from './fscopy.js';

async function start() {
  const h = await ModemHarness.start();
  await h.command('ATE0');
  return h;
}

describe('AT+FSCOPY (§10.2.9)', () => {
  it('copies synchronously, reporting <percent> after each 4096-byte piece, taking the copy time', async () => {
    const h = await start();
    const fs = fileSystemOf(h.modem);
    const data = Buffer.from(Array.from({ length: 10_000 }, (_, i) => i & 0xff));
    fs.write('C:/TESTFILE', data);
    const t0 = h.clock.now();
    expect(await h.command('AT+FSCOPY=C:/TESTFILE,COPYFILE')).toBe('\r\n+FSCOPY: 0.0\r\n+FSCOPY: 40.9\r\n+FSCOPY: 81.9\r\n+FSCOPY: 100.0\r\n\r\nOK\r\n');
    expect(h.clock.now() - t0).toBe(50);
    expect(fs.read('C:/COPYFILE')).toEqual({ ok: true, value: data });
  });

  it('copies asynchronously: OK at once, the reports as URCs, then +FSCOPY: END', async () => {
    const h = await start();
    const fs = fileSystemOf(h.modem);
    fs.write('C:/src', Buffer.alloc(5000, 7));
    expect(await h.command('AT+FSCOPY=src,"D:/dst",1')).toBe('\r\nOK\r\n\r\n+FSCOPY: 0.0\r\n');
    expect(fs.exists('D:/dst')).toBe(false);
    await h.advance(20);
    expect(h.take()).toBe('');
    await h.advance(1);
    expect(h.take()).toBe('\r\n+FSCOPY: 81.9\r\n');
    expect(await h.command('AT+FSCOPY=src,"D:/other",1')).toBe('\r\nERROR\r\n');
    await h.advance(5);
    expect(h.take()).toBe('\r\n+FSCOPY: 100.0\r\n\r\n+FSCOPY: END\r\n');
    expect(fs.read('D:/dst')).toEqual({ ok: true, value: Buffer.alloc(5000, 7) });
  });

  it('prints the manual\'s reason before ERROR', async () => {
    const h = await start();
    const fs = fileSystemOf(h.modem);
    fs.write('C:/a', Buffer.from('a'));
    fs.write('C:/b', Buffer.from('b'));
    fs.mkdir('D:/dir');
    expect(await h.command('AT+FSCOPY=none,x')).toBe('\r\nFILE NOT EXISTING\r\n\r\nERROR\r\n');
    expect(await h.command('AT+FSCOPY=a,b')).toBe('\r\nFILE IS EXISTING\r\n\r\nERROR\r\n');
    expect(await h.command('AT+FSCOPY=a,D:/dir')).toBe('\r\nDIRECTORY IS EXISTED\r\n\r\nERROR\r\n');
    expect(await h.command('AT+FSCOPY=a,D:/nodir/x')).toBe('\r\nDIRECTORY NOT EXISTED\r\n\r\nERROR\r\n');
    expect(await h.command('AT+FSCOPY=a,"x?y"')).toBe('\r\nINVALID FILE NAME\r\n\r\nERROR\r\n');
    expect(await h.command('AT+FSCOPY=a,E:/x')).toBe('\r\nINVALID PATH NAME\r\n\r\nERROR\r\n');
    fs.write('C:/big', Buffer.alloc(9_000_000));
    expect(await h.command('AT+FSCOPY=big,big2')).toBe('\r\nEFS HAVE NO ENOUGH MEMORY\r\n\r\nERROR\r\n');
    fs.setSdCard(false);
    expect(await h.command('AT+FSCOPY=a,D:/a')).toBe('\r\nSD CARD NOT PLUGGED IN\r\n\r\nERROR\r\n');
  });

  it('gives the reason as a URC when an asynchronous copy fails at its end (its source deleted meanwhile)', async () => {
    const h = await start();
    const fs = fileSystemOf(h.modem);
    fs.write('C:/src', Buffer.alloc(10_000));
    expect(await h.command('AT+FSCOPY=src,dst,1')).toBe('\r\nOK\r\n\r\n+FSCOPY: 0.0\r\n');
    expect(await h.command('AT+FSDEL=src')).toBe('\r\nOK\r\n');
    await h.advance(1000);
    expect(h.take()).toBe('\r\n+FSCOPY: 40.9\r\n\r\n+FSCOPY: 81.9\r\n\r\nFILE NOT EXISTING\r\n');
    expect(fs.exists('C:/dst')).toBe(false);
  });

  it('leaves nothing behind when the module powers off during a copy', async () => {
    const h = await start();
    const fs = fileSystemOf(h.modem);
    fs.write('C:/src', Buffer.alloc(100_000));
    await h.command('AT+FSCOPY=src,dst,1');
    await h.advance(100);
    h.modem.powerOff();
    h.modem.powerOn({ immediate: true });
    await h.advance(10_000);
    expect(fs.exists('C:/dst')).toBe(false);
    expect(await h.command('AT+FSCOPY=src,dst,1')).toContain('OK');
  });

  it('rounds <percent> down, so 100.0 means done', () => {
    expect(copyPercent(0, 10)).toBe('0.0');
    expect(copyPercent(4096, 42200)).toBe('9.7');
    expect(copyPercent(8192, 42200)).toBe('19.4');
    expect(copyPercent(99_999, 100_000)).toBe('99.9');
    expect(copyPercent(5, 5)).toBe('100.0');
    expect(copyPercent(0, 0)).toBe('100.0');
  });
});

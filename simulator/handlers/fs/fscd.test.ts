import { describe, expect, it } from 'vitest';
import { fileSystemOf } from '../../fs/index.js';
import { ModemHarness } from '../../testing/harness.js';

async function start(options: Parameters<typeof ModemHarness.start>[0] = {}) {
  const h = await ModemHarness.start(options);
  await h.command('ATE0');
  return h;
}

describe('AT+FSCD (§10.2.1)', () => {
  it('starts at C:/ and moves between drives and directories, absolute and relative', async () => {
    const h = await start();
    fileSystemOf(h.modem).mkdir('D:/MyDir/Sub', { parents: true });
    expect(await h.command('AT+FSCD?')).toBe('\r\n+FSCD: C:/\r\n\r\nOK\r\n');
    expect(await h.command('AT+FSCD=D:')).toBe('\r\n+FSCD: D:/\r\n\r\nOK\r\n');
    expect(await h.command('AT+FSCD=mydir')).toBe('\r\n+FSCD: D:/MyDir/\r\n\r\nOK\r\n');
    expect(await h.command('AT+FSCD="Sub/"')).toBe('\r\n+FSCD: D:/MyDir/Sub/\r\n\r\nOK\r\n');
    expect(await h.command('AT+FSCD=..')).toBe('\r\n+FSCD: D:/MyDir/\r\n\r\nOK\r\n');
    expect(await h.command('AT+FSCD=/')).toBe('\r\n+FSCD: D:/\r\n\r\nOK\r\n');
    expect(await h.command('AT+FSCD=..')).toBe('\r\n+FSCD: D:/\r\n\r\nOK\r\n');
    expect(await h.command('AT+FSCD=c:/')).toBe('\r\n+FSCD: C:/\r\n\r\nOK\r\n');
  });

  it('refuses what is not a directory and keeps the current one', async () => {
    const h = await start();
    fileSystemOf(h.modem).write('C:/file.txt', Buffer.from('x'));
    for (const bad of ['AT+FSCD=none', 'AT+FSCD=file.txt', 'AT+FSCD=E:/', 'AT+FSCD=C:\\x', 'AT+FSCD=a*b']) expect(await h.command(bad), bad).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+FSCD?')).toBe('\r\n+FSCD: C:/\r\n\r\nOK\r\n');
  });

  it('answers ERROR for D: without an SD card; the directory is C:/ again after a restart', async () => {
    const h = await start({ profile: 'sim767xx' });
    expect(await h.command('AT+FSCD=D:/')).toBe('\r\n+FSCD: D:/\r\n\r\nOK\r\n');
    h.modem.powerOff();
    h.modem.powerOn({ immediate: true });
    await h.settle();
    h.take();
    expect(await h.command('AT+FSCD?')).toContain('+FSCD: C:/');
    fileSystemOf(h.modem).setSdCard(false);
    expect(await h.command('AT+FSCD=D:')).toContain('\r\nERROR\r\n');
  });
});

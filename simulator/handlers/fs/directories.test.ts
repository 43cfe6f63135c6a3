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

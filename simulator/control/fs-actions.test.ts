import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileSystemOf } from '../fs/index.js';
import { ModemHarness } from '../testing/harness.js';
import { ModemControl } from './control.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'modemsim-fs-actions-'));
  dirs.push(d);
  return d;
}

describe('file system control actions', () => {
  it('fs put seeds a file the AT commands then see; fs get reads one back', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    const control = new ModemControl(h.modem);
    const host = join(tempDir(), 'ca.pem');
    const pem = Buffer.from('-----BEGIN CERTIFICATE-----\r\nAAAA\r\n-----END CERTIFICATE-----\r\n\x00\xff', 'latin1');
    writeFileSync(host, pem);
    expect(await control.run('fs put', { path: 'C:/certs/ca.pem', file: host })).toEqual({ path: 'C:/certs/ca.pem', kind: 'file', size: pem.length });
    expect(await h.command('AT+FSATTRI="C:/certs/ca.pem"')).toBe(`\r\n+FSATTRI: ${pem.length}\r\n\r\nOK\r\n`);
    await control.run('fs put', { path: 'D:/MyDir/t1.txt', text: 'Testcontent' });
    expect(await h.command('AT+CFTRANTX="d:/MyDir/t1.txt"')).toContain('+CFTRANTX: DATA,11\r\nTestcontent\r\n');
    expect(await control.run('fs get', { path: 'd:/mydir/t1.txt' })).toEqual({ path: 'd:/mydir/t1.txt', size: 11, base64: 'VGVzdGNvbnRlbnQ=', text: 'Testcontent' });
    const out = join(tempDir(), 'out.pem');
    await control.run('fs get', { path: 'C:/certs/ca.pem', file: out });
    expect(readFileSync(out)).toEqual(pem);
    expect(await control.run('fs get', { path: 'C:/certs/ca.pem' })).not.toHaveProperty('text');
    await control.run('fs put', { path: 'C:/h.bin', hex: '00FF1A' });
    await control.run('fs put', { path: 'C:/b.bin', base64: 'AP8a' });
    expect(fileSystemOf(h.modem).read('C:/b.bin')).toEqual({ ok: true, value: Buffer.from([0, 0xff, 0x1a]) });
  });

  it('fs list, fs delete and fs sd', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    const control = new ModemControl(h.modem);
    await control.run('fs put', { path: 'D:/a/b.txt', text: 'b' });
    expect(await control.run('fs list')).toMatchObject({
      location: 'memory',
      sdCard: 'inserted',
      space: [
        { drive: 'C:', total: 11348480, used: 2201600 },
        { drive: 'D:', total: 255533056, used: 4096 },
      ],
      entries: [{ path: 'D:/a', kind: 'dir' }, { path: 'D:/a/b.txt', kind: 'file', size: 1 }],
    });
    await expect(control.run('fs delete', { path: 'D:/a' })).rejects.toThrow(/DIRECTORY_NOT_EMPTY/);
    expect(await control.run('fs delete', { path: 'D:/a/b.txt' })).toEqual({ deleted: 'D:/a/b.txt' });
    expect(await control.run('fs delete', { path: 'D:/a' })).toEqual({ deleted: 'D:/a' });
    expect(await control.run('fs sd', { inserted: 'false' })).toEqual({ sdCard: 'removed' });
    expect(await h.command('AT+FSCD=D:')).toBe('\r\nERROR\r\n');
    expect(await control.run('fs sd', { inserted: true })).toEqual({ sdCard: 'inserted' });
    expect(await h.command('AT+FSCD=D:')).toBe('\r\n+FSCD: D:/\r\n\r\nOK\r\n');
  });

  it('say what is wrong with a bad request', async () => {
    const h = await ModemHarness.start();
    const control = new ModemControl(h.modem);
    await expect(control.run('fs put', { path: 'x.txt', text: 'x' })).rejects.toThrow(/full path/);
    await expect(control.run('fs put', { path: 'C:/x' })).rejects.toThrow(/exactly one of/);
    await expect(control.run('fs put', { path: 'C:/x', text: 'a', hex: '00' })).rejects.toThrow(/exactly one of/);
    await expect(control.run('fs put', { path: 'C:/x', hex: '0' })).rejects.toThrow(/hex/);
    await expect(control.run('fs put', { path: 'C:/a*b', text: 'x' })).rejects.toThrow(/INVALID_FILE_NAME/);
    await expect(control.run('fs put', { path: 'C:/x', file: '/nonexistent/file' })).rejects.toThrow(/cannot read/);
    await expect(control.run('fs get', { path: 'C:/none' })).rejects.toThrow(/FILE_NOT_EXISTING/);
  });

  it('work with the module off, and with a state directory the files are on disk', async () => {
    const stateDir = tempDir();
    const h = await ModemHarness.start({ stateDir });
    h.modem.powerOff();
    const control = new ModemControl(h.modem);
    await control.run('fs put', { path: 'C:/cfg.json', text: '{}' });
    expect(readFileSync(join(stateDir, 'fs', 'C', 'cfg.json'), 'utf8')).toBe('{}');
  });
});

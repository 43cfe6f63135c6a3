import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DiskStore } from './disk-store.js';
import type { FsResult } from './errors.js';
import { ModuleFileSystem } from './file-system.js';
import { SIM767XX_FILE_SYSTEM } from './profile.js';
import { ModemHarness } from '../testing/harness.js';
import { fileSystemOf } from './index.js';

function value<T>(r: FsResult<T>): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'modemsim-fs-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const open = (root: string, warn?: (m: string) => void) => new ModuleFileSystem(SIM767XX_FILE_SYSTEM, new DiskStore(root, warn));

describe('DiskStore: the file system as real files under <state-dir>/fs/', () => {
  it('keeps every change as a real file, and a new instance reads them back exactly', () => {
    const root = join(tempDir(), 'fs');
    const fs = open(root);
    const binary = Buffer.from([0, 1, 2, 0x1a, 0x0d, 0x0a, 0xff]);
    value(fs.write('C:/bin.dat', binary));
    value(fs.mkdir('D:/MyDir'));
    value(fs.write('D:/MyDir/t1.txt', Buffer.from('Testcontent')));
    value(fs.write('C:/gone', Buffer.from('x')));
    value(fs.remove('C:/gone'));
    value(fs.rename('C:/bin.dat', 'C:/data.bin'));
    value(fs.copy('C:/data.bin', 'D:/MyDir/copy.bin'));
    expect(readFileSync(join(root, 'C', 'data.bin'))).toEqual(binary);
    expect(readFileSync(join(root, 'D', 'MyDir', 't1.txt'), 'latin1')).toBe('Testcontent');
    expect(existsSync(join(root, 'C', 'gone'))).toBe(false);
    expect(readdirSync(join(root, '.tmp'))).toEqual([]);

    const again = open(root);
    expect(value(again.read('C:/data.bin'))).toEqual(binary);
    expect(value(again.read('d:/mydir/T1.TXT')).toString()).toBe('Testcontent');
    expect(again.walk().map((e) => `${e.path.drive}:/${e.path.segments.join('/')}`)).toEqual(['C:/data.bin', 'D:/MyDir', 'D:/MyDir/copy.bin', 'D:/MyDir/t1.txt']);
  });

  it('removes what a crash left half-written, and never shows it', () => {
    const root = join(tempDir(), 'fs');
    value(open(root).write('C:/ok.txt', Buffer.from('whole')));
    writeFileSync(join(root, '.tmp', '12345-1'), 'half a fi');
    const fs = open(root);
    expect(readdirSync(join(root, '.tmp'))).toEqual([]);
    expect(fs.walk().map((e) => e.name)).toEqual(['ok.txt']);
    expect(value(fs.read('C:/ok.txt')).toString()).toBe('whole');
  });

  it('skips, and reports, entries the module cannot have', () => {
    const root = join(tempDir(), 'fs');
    mkdirSync(join(root, 'C'), { recursive: true });
    mkdirSync(join(root, 'D'), { recursive: true });
    writeFileSync(join(root, 'C', '.profile'), 'x');
    writeFileSync(join(root, 'C', 'a'.repeat(60)), 'x');
    writeFileSync(join(root, 'D', 'Same.txt'), '1');
    writeFileSync(join(root, 'D', 'same.txt'), '2');
    writeFileSync(join(root, 'C', 'fine.txt'), 'ok');
    const warnings: string[] = [];
    const fs = open(root, (m) => warnings.push(m));
    expect(fs.walk().map((e) => `${e.path.drive}:/${e.path.segments.join('/')}`)).toEqual(['C:/fine.txt', 'D:/Same.txt']);
    expect(warnings).toHaveLength(3);
    expect(warnings.join('\n')).toContain('differ only in case');
  });

  it('a Modem with a state directory keeps its files across a restart of the simulator', async () => {
    const stateDir = tempDir();
    const first = await ModemHarness.start({ stateDir });
    value(fileSystemOf(first.modem).write('C:/kept.txt', Buffer.from('across restarts')));
    first.modem.powerOff();
    const second = await ModemHarness.start({ stateDir });
    expect(value(fileSystemOf(second.modem).read('C:/kept.txt')).toString()).toBe('across restarts');
    expect(existsSync(join(stateDir, 'fs', 'C', 'kept.txt'))).toBe(true);
  });
});

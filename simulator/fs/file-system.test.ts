import { describe, expect, it } from 'vitest';
import type { FsResult } from './errors.js';
import { ModuleFileSystem } from './file-system.js';
import { SIM767XX_FILE_SYSTEM, type FileSystemProfile } from './profile.js';

function value<T>(r: FsResult<T>): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function code(r: FsResult<unknown>): string | undefined {
  return r.ok ? undefined : r.error.code;
}

const bytes = (s: string) => Buffer.from(s, 'latin1');

describe('ModuleFileSystem', () => {
  it('keeps binary contents exactly, and hands out copies', () => {
    const fs = new ModuleFileSystem(SIM767XX_FILE_SYSTEM);
    const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    value(fs.write('C:/all.bin', all));
    const back = value(fs.read('C:/all.bin'));
    expect(back.equals(all)).toBe(true);
    back[0] = 0xff;
    expect(value(fs.read('C:/all.bin'))[0]).toBe(0);
    expect(value(fs.read('C:/all.bin', { offset: 1, length: 4 }))).toEqual(Buffer.from([1, 2, 3, 4]));
    expect(value(fs.read('C:/all.bin', { offset: 250 })).length).toBe(6);
    expect(value(fs.read('C:/all.bin', { offset: 256 })).length).toBe(0);
    expect(code(fs.read('C:/all.bin', { offset: 257 }))).toBe('OUT_OF_RANGE');
  });

  it('answers the manual\'s failures: missing file, existing file, missing directory', () => {
    const fs = new ModuleFileSystem(SIM767XX_FILE_SYSTEM);
    expect(code(fs.read('C:/none'))).toBe('FILE_NOT_EXISTING');
    value(fs.write('C:/a.txt', bytes('1')));
    expect(code(fs.write('C:/a.txt', bytes('2'), { ifExists: 'fail' }))).toBe('FILE_IS_EXISTING');
    expect(value(fs.read('C:/a.txt')).toString()).toBe('1');
    value(fs.write('C:/a.txt', bytes('2')));
    expect(value(fs.read('C:/a.txt')).toString()).toBe('2');
    expect(code(fs.write('D:/no/x', bytes('1')))).toBe('DIRECTORY_NOT_EXISTED');
    expect(code(fs.write('C:/a.txt/x', bytes('1')))).toBe('DIRECTORY_NOT_EXISTED');
    expect(code(fs.list('C:/a.txt'))).toBe('DIRECTORY_NOT_EXISTED');
  });

  it('makes directories on D: only (AT+FSMKDIR "Only support D:"), and removes them when empty', () => {
    const fs = new ModuleFileSystem(SIM767XX_FILE_SYSTEM);
    expect(code(fs.mkdir('C:/dir'))).toBe('NOT_SUPPORTED');
    value(fs.mkdir('D:/dir'));
    expect(code(fs.mkdir('D:/DIR'))).toBe('DIRECTORY_IS_EXISTED');
    value(fs.write('D:/dir/f', bytes('x')));
    expect(code(fs.write('D:/dir', bytes('x')))).toBe('DIRECTORY_IS_EXISTED');
    expect(code(fs.mkdir('D:/dir/f'))).toBe('FILE_IS_EXISTING');
    expect(code(fs.rmdir('D:/dir'))).toBe('DIRECTORY_NOT_EMPTY');
    value(fs.remove('D:/dir/f'));
    value(fs.rmdir('D:/dir'));
    expect(fs.exists('D:/dir')).toBe(false);
  });

  it('finds names on D: whatever their case, keeping the case first written', () => {
    const fs = new ModuleFileSystem(SIM767XX_FILE_SYSTEM);
    value(fs.write('D:/Image.JPG', bytes('a')));
    value(fs.write('D:/image.jpg', bytes('b')));
    expect(value(fs.list('D:/')).files.map((f) => f.name)).toEqual(['Image.JPG']);
    expect(value(fs.read('D:/IMAGE.jpg')).toString()).toBe('b');
    value(fs.rename('D:/image.jpg', 'D:/IMAGE.JPG'));
    expect(value(fs.list('D:/')).files.map((f) => f.name)).toEqual(['IMAGE.JPG']);
    value(fs.write('C:/a', bytes('1')));
    value(fs.write('C:/A', bytes('2')));
    expect(value(fs.list('C:/')).files.map((f) => f.name)).toEqual(['A', 'a']);
  });

  it('lists directories and files apart, sorted by name', () => {
    const fs = new ModuleFileSystem(SIM767XX_FILE_SYSTEM);
    for (const d of ['SecondDir', 'FirstDir']) value(fs.mkdir(`D:/${d}`));
    for (const f of ['image_1.jpg', 'image_0.jpg']) value(fs.write(`D:/${f}`, bytes('x')));
    const l = value(fs.list('D:/'));
    expect(l.directories.map((d) => d.name)).toEqual(['FirstDir', 'SecondDir']);
    expect(l.files.map((d) => [d.name, d.size])).toEqual([
      ['image_0.jpg', 1],
      ['image_1.jpg', 1],
    ]);
  });

  it('renames and copies; a copy never replaces unless asked', () => {
    const fs = new ModuleFileSystem(SIM767XX_FILE_SYSTEM);
    value(fs.write('C:/a', bytes('A')));
    value(fs.write('C:/b', bytes('B')));
    expect(code(fs.rename('C:/a', 'C:/b'))).toBe('FILE_IS_EXISTING');
    value(fs.rename('C:/a', 'C:/c'));
    expect(fs.exists('C:/a')).toBe(false);
    expect(code(fs.copy('C:/c', 'C:/b'))).toBe('FILE_IS_EXISTING');
    expect(code(fs.copy('C:/c', 'C:/c'))).toBe('FILE_IS_EXISTING');
    value(fs.copy('C:/c', 'D:/c'));
    expect(value(fs.read('D:/c')).toString()).toBe('A');
    value(fs.copy('C:/b', 'D:/c', { ifExists: 'replace' }));
    expect(value(fs.read('D:/c')).toString()).toBe('B');
    expect(code(fs.rename('C:/b', 'D:/b'))).toBe('INVALID_PATH_NAME');
    value(fs.mkdir('D:/x'));
    expect(code(fs.rename('D:/x', 'D:/x/y'))).toBe('INVALID_PATH_NAME');
  });

  it('writes at an offset (AT+CFTRANRX <location>) and appends', () => {
    const fs = new ModuleFileSystem(SIM767XX_FILE_SYSTEM);
    expect(code(fs.writeAt('C:/w', 3, bytes('x')))).toBe('FILE_NOT_EXISTING');
    value(fs.writeAt('C:/w', 0, bytes('hello')));
    value(fs.writeAt('C:/w', 3, bytes('LO!')));
    expect(value(fs.read('C:/w')).toString()).toBe('helLO!');
    expect(code(fs.writeAt('C:/w', 7, bytes('x')))).toBe('OUT_OF_RANGE');
    value(fs.writeAt('C:/w', 6, bytes('?')));
    value(fs.append('C:/w', bytes('+')));
    value(fs.append('C:/new', bytes('n')));
    expect(value(fs.read('C:/w')).toString()).toBe('helLO!?+');
    expect(value(fs.read('C:/new')).toString()).toBe('n');
  });

  it('counts space in blocks from the profile, and refuses what does not fit (+FSMEM)', () => {
    const small: FileSystemProfile = { ...SIM767XX_FILE_SYSTEM, local: { totalBytes: 4096, systemUsedBytes: 1024, blockBytes: 512 } };
    const fs = new ModuleFileSystem(small);
    expect(value(fs.space('C'))).toEqual({ drive: 'C', total: 4096, used: 1024, free: 3072 });
    value(fs.write('C:/one', Buffer.alloc(1)));
    expect(value(fs.space('C')).used).toBe(1536);
    value(fs.write('C:/empty', Buffer.alloc(0)));
    expect(value(fs.space('C')).used).toBe(1536);
    expect(code(fs.write('C:/big', Buffer.alloc(2561)))).toBe('EFS_HAVE_NO_ENOUGH_MEMORY');
    value(fs.write('C:/big', Buffer.alloc(2560)));
    expect(value(fs.space('C')).free).toBe(0);
    expect(code(fs.append('C:/one', Buffer.alloc(512)))).toBe('EFS_HAVE_NO_ENOUGH_MEMORY');
    value(fs.append('C:/one', Buffer.alloc(511)));
    expect(SIM767XX_FILE_SYSTEM.local.totalBytes).toBe(11348480);
  });

  it('answers SD CARD NOT PLUGGED IN on D: while the card is out; the card keeps its files', () => {
    const fs = new ModuleFileSystem(SIM767XX_FILE_SYSTEM);
    value(fs.write('D:/keep', bytes('k')));
    value(fs.setSdCard(false));
    expect(code(fs.read('D:/keep'))).toBe('SD_CARD_NOT_PLUGGED_IN');
    expect(code(fs.space('D'))).toBe('SD_CARD_NOT_PLUGGED_IN');
    expect(fs.walk().map((e) => e.path.drive)).not.toContain('D');
    value(fs.setSdCard(true));
    expect(value(fs.read('D:/keep')).toString()).toBe('k');
    const noSlot = new ModuleFileSystem({ ...SIM767XX_FILE_SYSTEM, sdCard: null });
    expect(code(noSlot.list('D:/'))).toBe('SD_CARD_NOT_PLUGGED_IN');
    expect(code(noSlot.setSdCard(true))).toBe('NOT_SUPPORTED');
  });

  it('makes parents on request (seeding), simdir for AT+FSPRESET', () => {
    const fs = new ModuleFileSystem(SIM767XX_FILE_SYSTEM);
    value(fs.write('C:/certs/ca.pem', bytes('pem'), { parents: true }));
    expect(value(fs.stat('C:/certs')).kind).toBe('dir');
    expect(value(fs.userDirectory())).toEqual({ drive: 'C', segments: ['simdir'] });
    expect(value(fs.userDirectory())).toEqual({ drive: 'C', segments: ['simdir'] });
    expect(fs.walk().map((e) => `${e.kind} ${e.path.drive}:/${e.path.segments.join('/')}`)).toEqual(['dir C:/certs', 'file C:/certs/ca.pem', 'dir C:/simdir']);
  });

  it('changes nothing when the store fails', () => {
    const failing = new ModuleFileSystem(SIM767XX_FILE_SYSTEM, {
      location: 'broken',
      load: () => ({ kind: 'dir', name: '', children: new Map() }),
      writeFile: () => {
        throw new Error('EIO');
      },
      makeDirectory: () => undefined,
      remove: () => undefined,
      rename: () => undefined,
    });
    expect(code(failing.write('C:/x', bytes('1')))).toBe('FILE_CREATE_ERROR');
    expect(failing.exists('C:/x')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { formatDirectory, formatPath, isFullPath, resolvePath, rootOf, type FsPath } from './path.js';

const at = (drive: 'C' | 'D', ...segments: string[]): FsPath => ({ drive, segments });

function resolved(input: string, cwd?: FsPath): FsPath {
  const r = resolvePath(input, cwd);
  if (!r.ok) throw new Error(`${input}: ${r.error.message}`);
  return r.value;
}

function code(input: string, cwd?: FsPath): string | undefined {
  const r = resolvePath(input, cwd);
  return r.ok ? undefined : r.error.code;
}

describe('resolvePath (manual §10.2 naming rules)', () => {
  it('reads drives in either case, with or without the root "/"', () => {
    expect(resolved('C:')).toEqual(at('C'));
    expect(resolved('C:/')).toEqual(at('C'));
    expect(resolved('d:')).toEqual(at('D'));
    expect(resolved('c:/t1.txt')).toEqual(at('C', 't1.txt'));
    expect(resolved('d:/MyDir/t1.txt')).toEqual(at('D', 'MyDir', 't1.txt'));
  });

  it('takes relative names from the current directory, ".." one level up (staying at the root)', () => {
    const cwd = at('D', 'a', 'b');
    expect(resolved('x.txt', cwd)).toEqual(at('D', 'a', 'b', 'x.txt'));
    expect(resolved('..', cwd)).toEqual(at('D', 'a'));
    expect(resolved('../..', cwd)).toEqual(at('D'));
    expect(resolved('..', rootOf('C'))).toEqual(at('C'));
    expect(resolved('./c/../d', cwd)).toEqual(at('D', 'a', 'b', 'd'));
    expect(resolved('/top', cwd)).toEqual(at('D', 'top'));
  });

  it('drops a trailing "/" (§10.2: "deleted by the file system automatically")', () => {
    expect(resolved('D:/MyDir/')).toEqual(at('D', 'MyDir'));
    expect(resolved('sub/', at('D'))).toEqual(at('D', 'sub'));
  });

  it('refuses other drives, backslashes, empty names and forbidden characters', () => {
    expect(code('E:/x')).toBe('INVALID_PATH_NAME');
    expect(code('C:x')).toBe('INVALID_PATH_NAME');
    expect(code('C:\\x')).toBe('INVALID_PATH_NAME');
    expect(code('C:/a//b')).toBe('INVALID_PATH_NAME');
    expect(code('')).toBe('INVALID_PATH_NAME');
    for (const c of ['*', '?', '"', '<', '>', '|', ':']) expect(code(`D:/a${c}b`), c).toBe('INVALID_FILE_NAME');
  });

  it('C: file names: no leading ".", ASCII only, 55 characters counting the leading "/"', () => {
    expect(code('C:/.hidden')).toBe('INVALID_FILE_NAME');
    expect(code('D:/.hidden')).toBeUndefined();
    expect(code('C:/测.txt')).toBe('INVALID_FILE_NAME');
    expect(code('D:/测.txt')).toBeUndefined();
    expect(code('C:/' + 'a'.repeat(54))).toBeUndefined();
    expect(code('C:/' + 'a'.repeat(55))).toBe('INVALID_FILE_NAME');
  });

  it('D: names: 55 characters not counting "D:/", non-ASCII counted in UTF-8 bytes', () => {
    expect(code('D:/' + 'a'.repeat(55))).toBeUndefined();
    expect(code('D:/' + 'a'.repeat(56))).toBe('INVALID_FILE_NAME');
    expect(code('D:/dir/' + 'a'.repeat(51))).toBeUndefined();
    expect(code('D:/dir/' + 'a'.repeat(52))).toBe('INVALID_FILE_NAME');
    expect(code('D:/' + '测'.repeat(18))).toBeUndefined();
    expect(code('D:/' + '测'.repeat(19))).toBe('INVALID_FILE_NAME');
  });

  it('prints paths and directories as AT+FSCD does', () => {
    expect(formatDirectory(at('C'))).toBe('C:/');
    expect(formatDirectory(at('D', 'MyDir'))).toBe('D:/MyDir/');
    expect(formatPath(at('D', 'MyDir', 't1.txt'))).toBe('D:/MyDir/t1.txt');
    expect(isFullPath('c:/t1.txt')).toBe(true);
    expect(isFullPath('t1.txt')).toBe(false);
  });
});

// Paths on the module's drives as AT commands write them (manual §10.2): "C:", "C:/",
// "c:/t1.txt", "D:/MyDir/t1.txt" (absolute, drive letter in either case), "/dir/x" (from the
// root of the current drive), "name", "dir/name", ".." and "." (from the current directory,
// AT+FSCD's <path> note: ".." goes back one level; at the root it stays there).
//
// A resolved path (FsPath) is a drive and its names, checked against the drive's naming rules
// (drives.ts); resolution does not look at what exists.

import { DRIVE_RULES, nameKey, type DriveLetter } from './drives.js';
import { fail, ok, type FsResult } from './errors.js';

export interface FsPath {
  readonly drive: DriveLetter;
  /** Names from the drive's root; empty for the root. */
  readonly segments: readonly string[];
}

export function rootOf(drive: DriveLetter): FsPath {
  return { drive, segments: [] };
}

/** "C:/" and "D:/": where the module starts (AT+FSCD? on a fresh module answers C:/). */
export const ROOT_C: FsPath = rootOf('C');

/** "C:/dir/name" (the root is "C:/"). */
export function formatPath(p: FsPath): string {
  return `${p.drive}:/${p.segments.join('/')}`;
}

/** A directory as AT+FSCD prints it: "C:/", "D:/MyDir/" (with the closing "/"). */
export function formatDirectory(p: FsPath): string {
  return p.segments.length === 0 ? `${p.drive}:/` : `${formatPath(p)}/`;
}

export function isRoot(p: FsPath): boolean {
  return p.segments.length === 0;
}

/** The directory holding `p` (the root for a root). */
export function parentOf(p: FsPath): FsPath {
  return { drive: p.drive, segments: p.segments.slice(0, -1) };
}

/** The last name of `p` ('' for a root). */
export function baseName(p: FsPath): string {
  return p.segments.at(-1) ?? '';
}

export function childOf(dir: FsPath, name: string): FsPath {
  return { drive: dir.drive, segments: [...dir.segments, name] };
}

/** Whether two paths name the same entry (case-insensitively on "D:"). */
export function samePath(a: FsPath, b: FsPath): boolean {
  return a.drive === b.drive && a.segments.length === b.segments.length && a.segments.every((s, i) => nameKey(a.drive, s) === nameKey(b.drive, b.segments[i]!));
}

/** Whether `inner` is `outer` or lies below it. */
export function isWithin(inner: FsPath, outer: FsPath): boolean {
  return inner.drive === outer.drive && inner.segments.length >= outer.segments.length && outer.segments.every((s, i) => nameKey(outer.drive, s) === nameKey(inner.drive, inner.segments[i]!));
}

const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]/;
const NON_ASCII = /[^\u0020-\u007e]/;
const DRIVE_PREFIX = /^([A-Za-z]):(.*)$/s;

/** Checks one name against the drive's rules (not the length of the whole path). */
export function checkName(drive: DriveLetter, name: string): FsResult<string> {
  const rules = DRIVE_RULES[drive];
  if (name === '' || name === '.' || name === '..') return fail('INVALID_FILE_NAME', `"${name}" is not a name`);
  if (FORBIDDEN.test(name)) return fail('INVALID_FILE_NAME', `"${name}" holds a character names cannot hold (\\ / : * ? " < > |)`);
  if (!rules.leadingDot && name.startsWith('.')) return fail('INVALID_FILE_NAME', `names on ${drive}: cannot begin with "." ("${name}")`);
  if (!rules.nonAscii && NON_ASCII.test(name)) return fail('INVALID_FILE_NAME', `names on ${drive}: must be ASCII ("${name}")`);
  return ok(name);
}

/** Checks a whole path against its drive's rules: every name, and the length limit. */
export function checkPath(p: FsPath): FsResult<FsPath> {
  for (const s of p.segments) {
    const r = checkName(p.drive, s);
    if (!r.ok) return r;
  }
  const rules = DRIVE_RULES[p.drive];
  if (p.segments.length > 0 && rules.lengthOf(p.segments) > rules.maxNameBytes) {
    return fail('INVALID_FILE_NAME', `${formatPath(p)}: longer than ${rules.maxNameBytes} bytes`);
  }
  return ok(p);
}

/**
 * Resolves `input` as AT commands write paths, against the current directory `cwd`, and checks
 * it against the drive's naming rules. A trailing "/" is dropped (§10.2: "it will be deleted by
 * the file system automatically"); an empty name inside the path ("a//b"), a drive other than
 * C: or D:, or a backslash is an invalid path.
 */
export function resolvePath(input: string, cwd: FsPath = ROOT_C): FsResult<FsPath> {
  let rest = input;
  let drive = cwd.drive;
  let segments: string[] = [...cwd.segments];
  const prefixed = DRIVE_PREFIX.exec(input);
  if (prefixed) {
    const letter = prefixed[1]!.toUpperCase();
    if (letter !== 'C' && letter !== 'D') return fail('INVALID_PATH_NAME', `no drive ${letter}: (the module has C: and D:)`);
    drive = letter;
    segments = [];
    rest = prefixed[2]!;
    if (rest !== '' && !rest.startsWith('/')) return fail('INVALID_PATH_NAME', `"${input}": the drive must be followed by "/"`);
  }
  if (input === '') return fail('INVALID_PATH_NAME', 'empty path');
  if (rest.includes('\\')) return fail('INVALID_PATH_NAME', `"${input}": "/" separates names, not "\\"`);
  if (rest.startsWith('/')) {
    segments = [];
    rest = rest.slice(1);
  }
  if (rest.endsWith('/')) rest = rest.slice(0, -1);
  if (rest !== '') {
    for (const part of rest.split('/')) {
      if (part === '') return fail('INVALID_PATH_NAME', `"${input}": an empty name between "/"`);
      if (part === '.') continue;
      if (part === '..') {
        segments.pop();
        continue;
      }
      segments.push(part);
    }
  }
  return checkPath({ drive, segments });
}

/** Whether `input` names its drive ("C:/...", "d:/..."): a full path as AT+CFTRANRX needs. */
export function isFullPath(input: string): boolean {
  return /^[A-Za-z]:\//.test(input);
}

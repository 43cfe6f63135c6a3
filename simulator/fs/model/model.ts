// The model the file system's model-based test checks the simulator against: a map of paths to
// directories and files, written from the manual (chapters 10-11) and deliberately independent of
// the simulator's code. It knows:
//
//   drives     "C:" (names case-sensitive, no user directories) and "D:" (the SD card, names
//              case-insensitive, directories allowed); D: fails while the card is out
//   cwd        AT+FSCD's directory; C:/ after a restart
//   space      used = the drive's base + each file's size rounded up to the drive's block
//
// Paths are lists of names as first written; a path's key folds case on "D:".

import { expect } from 'vitest';
import type { ModemHarness } from '../../testing/harness.js';

export type Drive = 'C' | 'D';

export interface Entry {
  kind: 'file' | 'dir';
  /** The names as written when it was made. */
  names: string[];
  data: Buffer;
}

/** The drives of the test's module: small, so that they fill up. */
export const DRIVES = {
  C: { total: 1024 + 512, base: 1024, block: 64 },
  D: { total: 1024, base: 0, block: 128 },
} as const;

export interface FsModel {
  entries: Map<string, Entry>;
  cwd: { drive: Drive; names: string[] };
  sdInserted: boolean;
  /** Whether a restart keeps the SD card as it was (a power cycle) or puts it back (a new process). */
  restartKeepsCard: boolean;
}

export interface Real {
  h: ModemHarness;
  /** Power-cycles the module, or starts a new simulator on the same state directory. */
  restart(): Promise<void>;
}

export function initialModel(restartKeepsCard: boolean): FsModel {
  return { entries: new Map(), cwd: { drive: 'C', names: [] }, sdInserted: true, restartKeepsCard };
}

/** A path as a command writes it: from a drive's root, or from the current directory. */
export type Target = { drive: Drive; names: string[] } | { relative: string[] };

export function targetText(t: Target): string {
  return 'drive' in t ? `${t.drive}:/${t.names.join('/')}` : t.relative.join('/');
}

/** Where a target points, from the current directory (names as written in the command). */
export function absolute(m: FsModel, t: Target): { drive: Drive; names: string[] } {
  if ('drive' in t) return { drive: t.drive, names: [...t.names] };
  const names = [...m.cwd.names];
  for (const n of t.relative) {
    if (n === '..') names.pop();
    else names.push(n);
  }
  return { drive: m.cwd.drive, names };
}

export function key(drive: Drive, names: readonly string[]): string {
  return `${drive}:/${names.map((n) => (drive === 'D' ? n.toLowerCase() : n)).join('/')}`;
}

export function get(m: FsModel, drive: Drive, names: readonly string[]): Entry | undefined {
  if (names.length === 0) return { kind: 'dir', names: [], data: Buffer.alloc(0) };
  return m.entries.get(key(drive, names));
}

export function mounted(m: FsModel, drive: Drive): boolean {
  return drive === 'C' || m.sdInserted;
}

/** The directory holding `names` exists (as a directory). */
export function parentIsDir(m: FsModel, drive: Drive, names: readonly string[]): boolean {
  return get(m, drive, names.slice(0, -1))?.kind === 'dir';
}

/** The names as stored of the directory `names` (which exists), plus `last` as written. */
export function storedNames(m: FsModel, drive: Drive, names: readonly string[], last?: string): string[] {
  const dir = names.length === 0 ? [] : get(m, drive, names)!.names;
  return last === undefined ? [...dir] : [...dir, last];
}

export function children(m: FsModel, drive: Drive, names: readonly string[]): Entry[] {
  const prefix = key(drive, names);
  return [...m.entries.entries()].filter(([k, e]) => e.names.length === names.length + 1 && k.startsWith(names.length === 0 ? prefix : prefix + '/')).map(([, e]) => e);
}

export function used(m: FsModel, drive: Drive): number {
  let n: number = DRIVES[drive].base;
  for (const [k, e] of m.entries) if (k.startsWith(`${drive}:`) && e.kind === 'file') n += Math.ceil(e.data.length / DRIVES[drive].block) * DRIVES[drive].block;
  return n;
}

/** Whether a file of `size` bytes fits where one of `old` bytes was. */
export function fits(m: FsModel, drive: Drive, size: number, old = 0): boolean {
  const block = DRIVES[drive].block;
  const grows = Math.ceil(size / block) * block - Math.ceil(old / block) * block;
  return used(m, drive) + grows <= DRIVES[drive].total;
}

export const ERROR = '\r\nERROR\r\n';
export const OK = '\r\nOK\r\n';

/** The module's answer: information lines, then OK. */
export function answer(lines: readonly string[]): string {
  return (lines.length ? '\r\n' + lines.map((l) => l + '\r\n').join('') : '') + OK;
}

export function byName(a: Entry, b: Entry): number {
  const x = a.names.at(-1)!;
  const y = b.names.at(-1)!;
  return x < y ? -1 : x > y ? 1 : 0;
}

export async function expectAnswer(real: Real, line: string, want: string): Promise<void> {
  expect(await real.h.command(line), line).toBe(want);
}

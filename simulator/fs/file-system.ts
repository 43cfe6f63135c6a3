// The module's file system (manual chapters 10-11): "C:" (local flash) and "D:" (the SD card),
// a tree of directories and files with binary contents, for the AT commands of chapters 10-11
// and for every other subsystem that reads or writes module files (HTTP POSTFILE/READFILE, FTP
// GETFILE/PUTFILE, SSL certificates, SMTP attachments, MMS bodies, FOTA packages).
//
// One instance per Modem (fileSystemOf in index.ts), kept across power cycles like the module's
// flash; with a state directory every change is on disk (disk-store.ts) before it is reported.
//
// Contract, for every method:
// - Paths are FsPath values or strings written as AT commands write them ("C:/a.txt",
//   "d:/MyDir/t1.txt"); a string without a drive is taken from the root of "C:". They are checked
//   against the drive's naming rules (drives.ts, path.ts) before anything is looked up.
// - Failures are values (FsResult) whose codes are the manual's error texts (errors.ts); nothing
//   throws for bad input. A failed call changes nothing, in memory or on disk.
// - Contents are bytes (Buffer), kept exactly; what `read` returns is a copy.
// - "D:" answers SD_CARD_NOT_PLUGGED_IN while the card is out (setSdCard); its files come back
//   with the card.
// - Space: each file takes its size rounded up to the drive's block; a change that would pass the
//   drive's total fails with EFS_HAVE_NO_ENOUGH_MEMORY ("C:") or SD_CARD_HAVE_NO_ENOUGH_MEMORY.
// - Listings are sorted by name (code unit order), directories and files apart.

import { DRIVE_RULES, DRIVES, nameKey, USER_DIRECTORY, type DriveLetter } from './drives.js';
import { fail, ok, type FsErrorCode, type FsResult } from './errors.js';
import { checkPath, formatPath, isRoot, isWithin, parentOf, resolvePath, rootOf, samePath, type FsPath } from './path.js';
import type { DriveProfile, FileSystemProfile } from './profile.js';
import { MemoryStore, type FsStore } from './store.js';
import { emptyDir, filesUnder, type DirNode, type FileNode, type FsNode } from './tree.js';

export type PathLike = string | FsPath;

export interface FsEntry {
  /** The entry's path with its names as stored (their case as first written). */
  readonly path: FsPath;
  readonly name: string;
  readonly kind: 'file' | 'dir';
  /** Bytes of a file; 0 for a directory. */
  readonly size: number;
}

export interface Listing {
  readonly directories: readonly FsEntry[];
  readonly files: readonly FsEntry[];
}

export interface DriveSpace {
  readonly drive: DriveLetter;
  /** +FSMEM <total>. */
  readonly total: number;
  /** +FSMEM <used>: the firmware's share plus every file in whole blocks. */
  readonly used: number;
  readonly free: number;
}

export interface WriteOptions {
  /** An existing file: 'replace' its contents (default), or 'fail' with FILE_IS_EXISTING. */
  ifExists?: 'replace' | 'fail';
  /**
   * Make missing directories on the way, on either drive (for seeding files from outside, as a
   * factory would: AT commands make no directories on "C:").
   */
  parents?: boolean;
}

export interface MkdirOptions {
  /** Make missing directories on the way. */
  parents?: boolean;
  /** As the firmware, where AT+FSMKDIR cannot: on "C:" (AT+FSPRESET's simdir, seeding). */
  system?: boolean;
}

type Located = { parent: DirNode; node: FsNode | undefined; key: string; stored: string[] };

function sortByName(a: FsEntry, b: FsEntry): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export class ModuleFileSystem {
  private readonly roots: Record<DriveLetter, DirNode>;
  private sdInserted: boolean;

  constructor(
    readonly profile: FileSystemProfile,
    private readonly store: FsStore = new MemoryStore(),
    private readonly log: (message: string) => void = () => undefined,
  ) {
    this.roots = { C: store.load('C'), D: store.load('D') };
    this.sdInserted = profile.sdCard?.inserted ?? false;
  }

  /** Where the contents live: "memory", or the directory on the host. */
  get location(): string {
    return this.store.location;
  }

  // ---- drives ---------------------------------------------------------------------------------

  get hasSdSlot(): boolean {
    return this.profile.sdCard !== null;
  }

  get sdCardInserted(): boolean {
    return this.hasSdSlot && this.sdInserted;
  }

  /** Puts the SD card in or takes it out (the card keeps its files). Fails without a slot. */
  setSdCard(inserted: boolean): FsResult<void> {
    if (!this.hasSdSlot) return fail('NOT_SUPPORTED', 'this module has no SD card slot');
    this.sdInserted = inserted;
    return ok(undefined);
  }

  private driveProfile(drive: DriveLetter): DriveProfile | undefined {
    return drive === 'C' ? this.profile.local : (this.profile.sdCard ?? undefined);
  }

  private mounted(drive: DriveLetter): FsResult<DirNode> {
    if (drive === 'D' && !this.sdCardInserted) return fail('SD_CARD_NOT_PLUGGED_IN', this.hasSdSlot ? 'no SD card in the slot' : 'this module has no SD card slot');
    return ok(this.roots[drive]);
  }

  /** +FSMEM: the drive's size and what is taken. */
  space(drive: DriveLetter): FsResult<DriveSpace> {
    const root = this.mounted(drive);
    if (!root.ok) return root;
    const p = this.driveProfile(drive)!;
    let used = p.systemUsedBytes;
    for (const f of filesUnder(root.value)) used += this.blocks(drive, f.data.length);
    return ok({ drive, total: p.totalBytes, used, free: Math.max(0, p.totalBytes - used) });
  }

  private blocks(drive: DriveLetter, size: number): number {
    const block = this.driveProfile(drive)?.blockBytes ?? 1;
    return Math.ceil(size / block) * block;
  }

  /** Whether a file on `drive` may go from `oldSize` to `newSize` bytes. */
  private roomFor(drive: DriveLetter, oldSize: number, newSize: number): FsResult<void> {
    const space = this.space(drive);
    if (!space.ok) return space;
    const grows = this.blocks(drive, newSize) - this.blocks(drive, oldSize);
    if (grows > space.value.free) return fail(DRIVE_RULES[drive].fullError, `${drive}: ${space.value.free} bytes free, ${grows} more needed`);
    return ok(undefined);
  }

  // ---- paths ----------------------------------------------------------------------------------

  /** Resolves a path as AT commands write it, against the current directory (no lookup). */
  resolve(input: string, cwd?: FsPath): FsResult<FsPath> {
    return resolvePath(input, cwd);
  }

  private toPath(p: PathLike): FsResult<FsPath> {
    return typeof p === 'string' ? resolvePath(p) : checkPath(p);
  }

  /** Finds the directory holding `path` and the entry itself (if any), with the stored names. */
  private locate(path: FsPath): FsResult<Located> {
    const root = this.mounted(path.drive);
    if (!root.ok) return root;
    let dir = root.value;
    const stored: string[] = [];
    for (const name of path.segments.slice(0, -1)) {
      const next = dir.children.get(nameKey(path.drive, name));
      if (!next || next.kind !== 'dir') return fail('DIRECTORY_NOT_EXISTED', `${formatPath(path)}: no directory ${path.drive}:/${[...stored, name].join('/')}`);
      stored.push(next.name);
      dir = next;
    }
    const last = path.segments.at(-1);
    if (last === undefined) return ok({ parent: dir, node: dir, key: '', stored });
    const key = nameKey(path.drive, last);
    const node = dir.children.get(key);
    stored.push(node?.name ?? last);
    return ok({ parent: dir, node, key, stored });
  }

  private entry(drive: DriveLetter, stored: readonly string[], node: FsNode): FsEntry {
    return { path: { drive, segments: [...stored] }, name: node.name, kind: node.kind, size: node.kind === 'file' ? node.data.length : 0 };
  }

  private findFile(p: PathLike): FsResult<{ path: FsPath; at: Located; file: FileNode }> {
    const path = this.toPath(p);
    if (!path.ok) return path;
    const at = this.locate(path.value);
    if (!at.ok) return at;
    const node = at.value.node;
    if (!node || node.kind !== 'file' || isRoot(path.value)) return fail('FILE_NOT_EXISTING', `${formatPath(path.value)}: no such file`);
    return ok({ path: path.value, at: at.value, file: node });
  }

  private findDir(p: PathLike): FsResult<{ path: FsPath; at: Located; dir: DirNode }> {
    const path = this.toPath(p);
    if (!path.ok) return path;
    const at = this.locate(path.value);
    if (!at.ok) return at;
    const node = at.value.node;
    if (!node || node.kind !== 'dir') return fail('DIRECTORY_NOT_EXISTED', `${formatPath(path.value)}: no such directory`);
    return ok({ path: path.value, at: at.value, dir: node });
  }

  /** Runs a store change; a failure of the host is WRITE_FILE_ERROR (or `code`) and changes nothing. */
  private persist(what: string, change: () => void, code: FsErrorCode = 'WRITE_FILE_ERROR'): FsResult<void> {
    try {
      change();
      return ok(undefined);
    } catch (e) {
      this.log(`file system: ${what} failed in ${this.store.location}: ${(e as Error).message}`);
      return fail(code, `${what}: ${(e as Error).message}`);
    }
  }

  // ---- reading --------------------------------------------------------------------------------

  /** The file or directory at `path`. */
  stat(path: PathLike): FsResult<FsEntry> {
    const p = this.toPath(path);
    if (!p.ok) return p;
    const at = this.locate(p.value);
    if (!at.ok) return at;
    const node = at.value.node;
    if (!node) return fail('FILE_NOT_EXISTING', `${formatPath(p.value)}: no such file or directory`);
    return ok(this.entry(p.value.drive, at.value.stored, node));
  }

  exists(path: PathLike): boolean {
    return this.stat(path).ok;
  }

  /** A directory's subdirectories and files, each sorted by name. */
  list(dir: PathLike): FsResult<Listing> {
    const found = this.findDir(dir);
    if (!found.ok) return found;
    const { path, at, dir: node } = found.value;
    const entries = [...node.children.values()].map((c) => this.entry(path.drive, [...at.stored, c.name], c));
    return ok({ directories: entries.filter((e) => e.kind === 'dir').sort(sortByName), files: entries.filter((e) => e.kind === 'file').sort(sortByName) });
  }

  /** Every entry below `dir` (default: the roots of the drives mounted now), depth first. */
  walk(dir?: PathLike): FsEntry[] {
    const starts = dir === undefined ? DRIVES.filter((d) => this.mounted(d).ok).map(rootOf) : [dir];
    const out: FsEntry[] = [];
    const visit = (p: PathLike) => {
      const l = this.list(p);
      if (!l.ok) return;
      for (const d of l.value.directories) {
        out.push(d);
        visit(d.path);
      }
      out.push(...l.value.files);
    };
    for (const s of starts) visit(s);
    return out;
  }

  /**
   * A file's bytes, or `length` bytes from `offset` (fewer at the end of the file). An offset past
   * the end is OUT_OF_RANGE; at the end, an empty buffer.
   */
  read(path: PathLike, range: { offset?: number; length?: number } = {}): FsResult<Buffer> {
    const found = this.findFile(path);
    if (!found.ok) return found;
    const data = found.value.file.data;
    const offset = range.offset ?? 0;
    if (!Number.isInteger(offset) || offset < 0 || offset > data.length) return fail('OUT_OF_RANGE', `${formatPath(found.value.path)}: offset ${offset} is past its ${data.length} bytes`);
    const end = range.length === undefined ? data.length : Math.min(data.length, offset + Math.max(0, range.length));
    return ok(Buffer.from(data.subarray(offset, end)));
  }

  // ---- writing --------------------------------------------------------------------------------

  /** Creates a file with `data`, or replaces an existing file's contents (per `ifExists`). */
  write(path: PathLike, data: Uint8Array, options: WriteOptions = {}): FsResult<FsEntry> {
    const p = this.toPath(path);
    if (!p.ok) return p;
    if (isRoot(p.value)) return fail('INVALID_FILE_NAME', `${formatPath(p.value)} is a drive, not a file`);
    if (options.parents) {
      const made = this.mkdir(parentOf(p.value), { parents: true, system: true });
      if (!made.ok && made.error.code !== 'DIRECTORY_IS_EXISTED') return made;
    }
    return this.store_(p.value, Buffer.from(data), options.ifExists ?? 'replace');
  }

  /**
   * Writes `data` at `offset` of a file (AT+CFTRANRX <location>): over what is there, growing the
   * file as needed. Offset 0 creates a missing file; a larger one needs the file, and may be at
   * most its size (no holes).
   */
  writeAt(path: PathLike, offset: number, data: Uint8Array): FsResult<FsEntry> {
    const p = this.toPath(path);
    if (!p.ok) return p;
    const at = this.locate(p.value);
    if (!at.ok) return at;
    const node = at.value.node;
    const old = node?.kind === 'file' ? node.data : undefined;
    if (!Number.isInteger(offset) || offset < 0) return fail('OUT_OF_RANGE', `offset ${offset}`);
    if (old === undefined && offset > 0) return fail('FILE_NOT_EXISTING', `${formatPath(p.value)}: no such file to write at ${offset}`);
    if (old !== undefined && offset > old.length) return fail('OUT_OF_RANGE', `${formatPath(p.value)}: offset ${offset} is past its ${old.length} bytes`);
    const before = old ?? Buffer.alloc(0);
    const next = Buffer.alloc(Math.max(before.length, offset + data.length));
    before.copy(next);
    Buffer.from(data).copy(next, offset);
    return this.store_(p.value, next, 'replace');
  }

  /** Adds `data` at the end of a file, creating it if missing. */
  append(path: PathLike, data: Uint8Array): FsResult<FsEntry> {
    const p = this.toPath(path);
    if (!p.ok) return p;
    const at = this.locate(p.value);
    if (!at.ok) return at;
    const node = at.value.node;
    const old = node?.kind === 'file' ? node.data : Buffer.alloc(0);
    return this.store_(p.value, Buffer.concat([old, Buffer.from(data)]), 'replace');
  }

  /**
   * Whether a write of a file of `size` bytes at `path` would succeed now (what `write` checks
   * first): for a command that checks before it takes the data (AT+CFTRANRX before its ">") or
   * before a transfer starts. Nothing changes.
   */
  checkWrite(path: PathLike, size: number, options: { ifExists?: 'replace' | 'fail' } = {}): FsResult<void> {
    const p = this.toPath(path);
    if (!p.ok) return p;
    if (isRoot(p.value)) return fail('INVALID_FILE_NAME', `${formatPath(p.value)} is a drive, not a file`);
    const at = this.locate(p.value);
    if (!at.ok) return at;
    return this.writable(p.value, at.value, size, options.ifExists ?? 'replace');
  }

  private writable(path: FsPath, at: Located, size: number, ifExists: 'replace' | 'fail'): FsResult<void> {
    const { node } = at;
    if (node?.kind === 'dir') return fail('DIRECTORY_IS_EXISTED', `${formatPath(path)} is a directory`);
    if (node && ifExists === 'fail') return fail('FILE_IS_EXISTING', `${formatPath(path)} exists`);
    return this.roomFor(path.drive, node?.kind === 'file' ? node.data.length : 0, size);
  }

  /** The one place a file's contents change: checks, the store, then the tree. */
  private store_(path: FsPath, data: Buffer, ifExists: 'replace' | 'fail'): FsResult<FsEntry> {
    const at = this.locate(path);
    if (!at.ok) return at;
    const { parent, node, key, stored } = at.value;
    const writable = this.writable(path, at.value, data.length, ifExists);
    if (!writable.ok) return writable;
    const saved = this.persist(`writing ${formatPath(path)}`, () => this.store.writeFile(path.drive, stored, data), node ? 'WRITE_FILE_ERROR' : 'FILE_CREATE_ERROR');
    if (!saved.ok) return saved;
    const file: FileNode = node?.kind === 'file' ? node : { kind: 'file', name: stored.at(-1)!, data };
    file.data = data;
    parent.children.set(key, file);
    return ok(this.entry(path.drive, stored, file));
  }

  /** Makes a directory (AT+FSMKDIR). "C:" takes none unless `system`. */
  mkdir(path: PathLike, options: MkdirOptions = {}): FsResult<FsEntry> {
    const p = this.toPath(path);
    if (!p.ok) return p;
    if (!DRIVE_RULES[p.value.drive].userDirectories && !options.system) return fail('NOT_SUPPORTED', `${p.value.drive}: takes no directories (AT+FSMKDIR supports only D:)`);
    if (options.parents && p.value.segments.length > 1) {
      const up = this.mkdir(parentOf(p.value), options);
      if (!up.ok && up.error.code !== 'DIRECTORY_IS_EXISTED') return up;
    }
    const at = this.locate(p.value);
    if (!at.ok) return at;
    const { parent, node, key, stored } = at.value;
    if (node?.kind === 'dir') return fail('DIRECTORY_IS_EXISTED', `${formatPath(p.value)} exists`);
    if (node) return fail('FILE_IS_EXISTING', `${formatPath(p.value)} is a file`);
    const saved = this.persist(`making ${formatPath(p.value)}`, () => this.store.makeDirectory(p.value.drive, stored), 'FILE_CREATE_ERROR');
    if (!saved.ok) return saved;
    const dir = emptyDir(stored.at(-1)!);
    parent.children.set(key, dir);
    return ok(this.entry(p.value.drive, stored, dir));
  }

  /** AT+FSPRESET's user directory "C:/simdir", made if missing. */
  userDirectory(): FsResult<FsPath> {
    const path: FsPath = { drive: 'C', segments: [USER_DIRECTORY] };
    const made = this.mkdir(path, { system: true });
    return made.ok || made.error.code === 'DIRECTORY_IS_EXISTED' ? ok(path) : made;
  }

  /** Removes an empty directory (AT+FSRMDIR). "C:" only with `system`. */
  rmdir(path: PathLike, options: { system?: boolean } = {}): FsResult<void> {
    const found = this.findDir(path);
    if (!found.ok) return found;
    const { path: p, at, dir } = found.value;
    if (isRoot(p)) return fail('INVALID_PATH_NAME', `${formatPath(p)} is a drive`);
    if (!DRIVE_RULES[p.drive].userDirectories && !options.system) return fail('NOT_SUPPORTED', `${p.drive}: takes no directories (AT+FSRMDIR supports only D:)`);
    if (dir.children.size > 0) return fail('DIRECTORY_NOT_EMPTY', `${formatPath(p)} holds ${dir.children.size} entries`);
    const saved = this.persist(`removing ${formatPath(p)}`, () => this.store.remove(p.drive, at.stored));
    if (!saved.ok) return saved;
    at.parent.children.delete(at.key);
    return ok(undefined);
  }

  /** Deletes a file (AT+FSDEL). */
  remove(path: PathLike): FsResult<void> {
    const found = this.findFile(path);
    if (!found.ok) return found;
    const { path: p, at } = found.value;
    const saved = this.persist(`deleting ${formatPath(p)}`, () => this.store.remove(p.drive, at.stored));
    if (!saved.ok) return saved;
    at.parent.children.delete(at.key);
    return ok(undefined);
  }

  /** Deletes every file of a directory, keeping its subdirectories (AT+FSDEL=*.*); the number deleted. */
  removeFiles(dir: PathLike): FsResult<number> {
    const l = this.list(dir);
    if (!l.ok) return l;
    let n = 0;
    for (const f of l.value.files) {
      const r = this.remove(f.path);
      if (!r.ok) return r;
      n++;
    }
    return ok(n);
  }

  /**
   * Moves a file or directory to a free path on the same drive (AT+FSRENAME, AT+FSPRESET). On
   * "D:" a name may change only its case. A directory cannot move into itself.
   */
  rename(from: PathLike, to: PathLike): FsResult<FsEntry> {
    const src = this.toPath(from);
    if (!src.ok) return src;
    const dst = this.toPath(to);
    if (!dst.ok) return dst;
    if (src.value.drive !== dst.value.drive) return fail('INVALID_PATH_NAME', `${formatPath(src.value)} and ${formatPath(dst.value)} are on different drives`);
    if (isRoot(src.value) || isRoot(dst.value)) return fail('INVALID_PATH_NAME', 'a drive cannot be renamed');
    const a = this.locate(src.value);
    if (!a.ok) return a;
    const node = a.value.node;
    if (!node) return fail('FILE_NOT_EXISTING', `${formatPath(src.value)}: no such file or directory`);
    if (node.kind === 'dir' && isWithin(dst.value, src.value) && !samePath(dst.value, src.value)) return fail('INVALID_PATH_NAME', `${formatPath(src.value)} cannot move into itself`);
    const b = this.locate(dst.value);
    if (!b.ok) return b;
    const caseOnly = samePath(src.value, dst.value);
    if (b.value.node && !caseOnly) return fail(b.value.node.kind === 'dir' ? 'DIRECTORY_IS_EXISTED' : 'FILE_IS_EXISTING', `${formatPath(dst.value)} exists`);
    const name = dst.value.segments.at(-1)!;
    const target = [...b.value.stored.slice(0, -1), name];
    if (caseOnly && name === node.name) return ok(this.entry(src.value.drive, target, node));
    const saved = this.persist(`renaming ${formatPath(src.value)}`, () => this.store.rename(src.value.drive, a.value.stored, target));
    if (!saved.ok) return saved;
    a.value.parent.children.delete(a.value.key);
    node.name = name;
    b.value.parent.children.set(nameKey(dst.value.drive, name), node);
    return ok(this.entry(src.value.drive, target, node));
  }

  /** Copies a file to a new file (AT+FSCOPY), on the same drive or the other. */
  copy(from: PathLike, to: PathLike, options: { ifExists?: 'replace' | 'fail' } = {}): FsResult<FsEntry> {
    const src = this.findFile(from);
    if (!src.ok) return src;
    const dst = this.toPath(to);
    if (!dst.ok) return dst;
    if (samePath(src.value.path, dst.value)) return fail('FILE_IS_EXISTING', `${formatPath(dst.value)} is the file being copied`);
    return this.store_(dst.value, Buffer.from(src.value.file.data), options.ifExists ?? 'fail');
  }
}

// The file system as real files on the host, under `<state-dir>/fs/` (modem-sim --state-dir):
//
//   <state-dir>/fs/C/...    the module's "C:" (local flash)
//   <state-dir>/fs/D/...    the SD card "D:"
//   <state-dir>/fs/.tmp/    files being written; whatever is left there after a crash is removed
//                           at the next start
//
// Every change is durable before the store returns: a file is written to .tmp, fsync'ed, renamed
// into place and its directory fsync'ed, so a crash leaves either the old file or the new one,
// never a torn one, and never loses a file the module acknowledged. Removals and renames are
// single rename/unlink/rmdir calls followed by a directory fsync.
//
// At start the trees are read back from disk. Entries the module could not have (a name against
// the drive's rules, a second name differing only in case on "D:", anything but a regular file
// or directory) are left on disk, skipped and reported through `warn`: a user may put files there
// by hand while the simulator is stopped.

import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, rmdirSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ModemSimError } from '../core/errors.js';
import { DRIVES, nameKey, type DriveLetter } from './drives.js';
import { checkPath } from './path.js';
import type { FsStore } from './store.js';
import { emptyDir, type DirNode } from './tree.js';

const TEMP = '.tmp';

function fsyncDirectory(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems refuse fsync on a directory; the rename itself is still atomic.
  }
}

export class DiskStore implements FsStore {
  private serial = 0;

  /** `root` is `<state-dir>/fs`; `warn` hears about entries skipped at load. */
  constructor(
    readonly root: string,
    private readonly warn: (message: string) => void = () => undefined,
  ) {
    try {
      for (const d of [...DRIVES, TEMP]) mkdirSync(join(root, d), { recursive: true });
      rmSync(join(root, TEMP), { recursive: true, force: true });
      mkdirSync(join(root, TEMP), { recursive: true });
    } catch (e) {
      throw new ModemSimError('STATE_DIR', `cannot prepare the file system directory ${root}: ${(e as Error).message}`);
    }
  }

  get location(): string {
    return this.root;
  }

  private hostPath(drive: DriveLetter, segments: readonly string[]): string {
    return join(this.root, drive, ...segments);
  }

  load(drive: DriveLetter): DirNode {
    const tree = emptyDir();
    this.readInto(drive, tree, []);
    return tree;
  }

  private readInto(drive: DriveLetter, dir: DirNode, segments: string[]): void {
    const host = this.hostPath(drive, segments);
    let names: string[];
    try {
      names = readdirSync(host).sort();
    } catch (e) {
      this.warn(`cannot read ${host}: ${(e as Error).message}`);
      return;
    }
    for (const name of names) {
      const path = [...segments, name];
      const shown = `${drive}:/${path.join('/')}`;
      const checked = checkPath({ drive, segments: path });
      if (!checked.ok) {
        this.warn(`${join(host, name)}: skipped, the module cannot have ${shown} (${checked.error.message})`);
        continue;
      }
      const key = nameKey(drive, name);
      if (dir.children.has(key)) {
        this.warn(`${join(host, name)}: skipped, ${drive}: does not tell it from ${dir.children.get(key)!.name} (names differ only in case)`);
        continue;
      }
      const stat = lstatSync(join(host, name));
      if (stat.isDirectory()) {
        const child = emptyDir(name);
        dir.children.set(key, child);
        this.readInto(drive, child, path);
      } else if (stat.isFile()) {
        dir.children.set(key, { kind: 'file', name, data: readFileSync(join(host, name)) });
      } else {
        this.warn(`${join(host, name)}: skipped, neither a file nor a directory`);
      }
    }
  }

  writeFile(drive: DriveLetter, segments: readonly string[], data: Buffer): void {
    const temp = join(this.root, TEMP, `${process.pid}-${++this.serial}`);
    const fd = openSync(temp, 'w', 0o644);
    try {
      let done = 0;
      while (done < data.length) done += writeSync(fd, data, done, data.length - done);
      fsyncSync(fd);
    } catch (e) {
      closeSync(fd);
      rmSync(temp, { force: true });
      throw e;
    }
    closeSync(fd);
    const target = this.hostPath(drive, segments);
    renameSync(temp, target);
    fsyncDirectory(this.hostPath(drive, segments.slice(0, -1)));
  }

  makeDirectory(drive: DriveLetter, segments: readonly string[]): void {
    mkdirSync(this.hostPath(drive, segments));
    fsyncDirectory(this.hostPath(drive, segments.slice(0, -1)));
  }

  remove(drive: DriveLetter, segments: readonly string[]): void {
    const host = this.hostPath(drive, segments);
    if (lstatSync(host).isDirectory()) rmdirSync(host);
    else unlinkSync(host);
    fsyncDirectory(this.hostPath(drive, segments.slice(0, -1)));
  }

  rename(drive: DriveLetter, from: readonly string[], to: readonly string[]): void {
    renameSync(this.hostPath(drive, from), this.hostPath(drive, to));
    fsyncDirectory(this.hostPath(drive, to.slice(0, -1)));
    fsyncDirectory(this.hostPath(drive, from.slice(0, -1)));
  }
}

// Where the file system keeps its contents between runs. The tree in memory (tree.ts) is what the
// module reads; a store mirrors every change before the file system reports success, and hands
// the trees back when a simulator starts.
//
// Contract: each method returns only once the change is durable (or throws, and then the change
// did not happen in a way a later `load` would see half-done); paths are given as the names the
// tree keeps (case as written). MemoryStore keeps nothing: the tree in memory is all there is,
// and it lives as long as the Modem (across power cycles, like the module's flash).

import type { DriveLetter } from './drives.js';
import { emptyDir, type DirNode } from './tree.js';

export interface FsStore {
  /** The drive's tree as last stored (empty for a drive never written). */
  load(drive: DriveLetter): DirNode;
  /** Creates or replaces a file with exactly `data` (atomically: old or new, never a mix). */
  writeFile(drive: DriveLetter, segments: readonly string[], data: Buffer): void;
  makeDirectory(drive: DriveLetter, segments: readonly string[]): void;
  /** Removes a file or an empty directory. */
  remove(drive: DriveLetter, segments: readonly string[]): void;
  /** Moves a file or directory within the drive (replacing nothing: the target is free). */
  rename(drive: DriveLetter, from: readonly string[], to: readonly string[]): void;
  /** Where the contents live, for messages ("memory" or a directory). */
  readonly location: string;
}

export class MemoryStore implements FsStore {
  readonly location = 'memory';
  load(): DirNode {
    return emptyDir();
  }
  writeFile(): void {}
  makeDirectory(): void {}
  remove(): void {}
  rename(): void {}
}

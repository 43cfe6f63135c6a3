// Where saved settings live: the module's NVRAM (AUTO_SAVE values, manual §1.4) and the user
// profile of AT&W (§2.2.11). In memory by default, so AT+CRESET keeps what NVRAM keeps even
// without a state directory; with --state-dir, in files that survive the simulator process.
//
// Contract: `write` returns only after the data is durable (written to a temporary file,
// fsync'ed, renamed over the old file, directory fsync'ed), so a crash never loses anything
// the modem acknowledged and never leaves a half-written file. `read` returns undefined for a
// missing document and throws a ModemSimError (STATE_DIR) for an unreadable one, naming it.

import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ModemSimError } from '../core/errors.js';

export type StoreDocument = 'nvram' | 'user-profile';

export interface NvramStore {
  read(doc: StoreDocument): Record<string, unknown> | undefined;
  write(doc: StoreDocument, data: Record<string, unknown>): void;
}

export class MemoryNvramStore implements NvramStore {
  private readonly docs = new Map<StoreDocument, string>();

  read(doc: StoreDocument): Record<string, unknown> | undefined {
    const text = this.docs.get(doc);
    return text === undefined ? undefined : (JSON.parse(text) as Record<string, unknown>);
  }

  write(doc: StoreDocument, data: Record<string, unknown>): void {
    this.docs.set(doc, JSON.stringify(data));
  }
}

/** Writes `text` to `path` atomically and durably. */
export function writeFileAtomic(path: string, text: string | Uint8Array): void {
  const tmp = `${path}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w', 0o644);
  try {
    if (typeof text === 'string') writeSync(fd, text);
    else writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  try {
    const dirFd = openSync(join(path, '..'), 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  } catch {
    // Some file systems refuse fsync on a directory; the rename itself is still atomic.
  }
}

export class FileNvramStore implements NvramStore {
  constructor(readonly dir: string) {
    try {
      mkdirSync(dir, { recursive: true });
    } catch (e) {
      throw new ModemSimError('STATE_DIR', `cannot create state directory ${dir}: ${(e as Error).message}`);
    }
  }

  private path(doc: StoreDocument): string {
    return join(this.dir, `${doc}.json`);
  }

  read(doc: StoreDocument): Record<string, unknown> | undefined {
    let text: string;
    try {
      text = readFileSync(this.path(doc), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new ModemSimError('STATE_DIR', `cannot read ${this.path(doc)}: ${(e as Error).message}`);
    }
    try {
      return JSON.parse(text) as Record<string, unknown>;
    } catch (e) {
      throw new ModemSimError('STATE_DIR', `${this.path(doc)} is not valid JSON (${(e as Error).message}); fix or delete it`);
    }
  }

  write(doc: StoreDocument, data: Record<string, unknown>): void {
    writeFileAtomic(this.path(doc), JSON.stringify(data, null, 2) + '\n');
  }
}

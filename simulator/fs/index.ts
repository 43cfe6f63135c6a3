// The module's file system as the other subsystems use it: one ModuleFileSystem per Modem, kept
// in the Modem's attachments (it is the module's flash and SD card: it outlives power cycles),
// on disk under `<state-dir>/fs/` when the Modem has a state directory, in memory otherwise.
//
//     const fs = fileSystemOf(ctx.modem.instance);
//     const body = fs.read('C:/getbaidu.txt');            // FsResult<Buffer>
//     if (!body.ok) return reply(ERROR);                  // body.error.code: 'FILE_NOT_EXISTING'...
//     fs.write('C:/readbaidu.dat', bytes);                 // replaces an existing file
//     fs.resolve(name, currentDirectory(ctx.state));       // a name as AT+FSCD's directory sees it
//
// The contract of every operation is on ModuleFileSystem (file-system.ts).

import { join } from 'node:path';
import { AttachmentKey } from '../core/attachments.js';
import type { Modem } from '../core/modem.js';
import type { ModemState } from '../state/modem-state.js';
import { DiskStore } from './disk-store.js';
import { ModuleFileSystem } from './file-system.js';
import { ROOT_C, type FsPath } from './path.js';
import { SIM767XX_FILE_SYSTEM, type FileSystemProfile } from './profile.js';
import { MemoryStore } from './store.js';

const FILE_SYSTEM = new AttachmentKey<ModuleFileSystem>('fs.file-system');

/** The profile's file system, or the SIM767XX's where the profile says nothing. */
export function fileSystemProfile(modem: Pick<Modem, 'profile'>): FileSystemProfile {
  return modem.profile.fileSystem ?? SIM767XX_FILE_SYSTEM;
}

/** The Modem's file system, made on first use (from disk, with a state directory). */
export function fileSystemOf(modem: Modem): ModuleFileSystem {
  return modem.attachments.getOrCreate(FILE_SYSTEM, () => {
    const log = (m: string) => modem.log(m);
    const store = modem.stateDir ? new DiskStore(join(modem.stateDir, 'fs'), log) : new MemoryStore();
    return new ModuleFileSystem(fileSystemProfile(modem), store, log);
  });
}

/** AT+FSCD's current directory (C:/ after power-on). */
export function currentDirectory(state: ModemState): FsPath {
  return state.fs?.cwd ?? ROOT_C;
}

export { ModuleFileSystem, type DriveSpace, type FsEntry, type Listing, type MkdirOptions, type PathLike, type WriteOptions } from './file-system.js';
export { DRIVE_RULES, USER_DIRECTORY, nameKey, type DriveLetter, type DriveRules } from './drives.js';
export { fail, manualErrorText, ok, type FsError, type FsErrorCode, type FsResult } from './errors.js';
export { baseName, childOf, formatDirectory, formatPath, isFullPath, isRoot, parentOf, resolvePath, rootOf, ROOT_C, samePath, type FsPath } from './path.js';
export { SIM767XX_FILE_SYSTEM, type DriveProfile, type FileSystemProfile } from './profile.js';
export { DiskStore } from './disk-store.js';
export { fromLineText, toLineText } from './line-text.js';
export { MemoryStore, type FsStore } from './store.js';

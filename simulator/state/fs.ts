// The file system commands' state (manual chapters 10-11) that is not the files themselves: AT+FSCD's
// current directory and an AT+FSCOPY running in the background. The files are the module's flash
// and SD card, kept by the Modem across power cycles (simulator/fs/index.ts); this slice is
// volatile: after power-on the current directory is C:/ again and no copy runs. The manual marks
// no chapter 10-11 setting AUTO_SAVE or AT&W_SAVE.

import type { TimerHandle } from '../core/clock.js';
import { ROOT_C, type FsPath } from '../fs/path.js';
import { defineSlice } from './modem-state.js';

/** AT+FSCOPY=<file1>,<file2>,1 (asynchronous): OK at once, +FSCOPY: <percent> URCs, +FSCOPY: END. */
export type CopyJob = { status: 'idle' } | { status: 'copying'; from: FsPath; to: FsPath; timer: TimerHandle | undefined };

export interface FsState {
  /** AT+FSCD's current directory. */
  cwd: FsPath;
  copy: CopyJob;
}

declare module './modem-state.js' {
  interface ModemState {
    fs: FsState;
  }
}

export const fsSlice = defineSlice({
  key: 'fs',
  create: () => ({ cwd: ROOT_C, copy: { status: 'idle' } }),
});

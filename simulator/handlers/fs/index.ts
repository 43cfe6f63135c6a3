// Chapter 10: AT commands for the file system.

import type { CommandHandler } from '../../core/handler.js';
import { fsmkdir, fsrmdir } from './directories.js';
import { fsattri } from './fsattri.js';
import { fscd } from './fscd.js';
import { fscopy } from './fscopy.js';
import { fsdel } from './fsdel.js';
import { fsls } from './fsls.js';
import { fsmem } from './fsmem.js';
import { fspreset } from './fspreset.js';
import { fsrename } from './fsrename.js';

export const fsHandlers: readonly CommandHandler[] = [fscd, fsmkdir, fsrmdir, fsls, fsdel, fsrename, fsattri, fsmem, fscopy, fspreset];

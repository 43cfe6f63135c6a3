// SIM767XX §10.2.2 AT+FSMKDIR Make new directory in current directory, §10.2.3 AT+FSRMDIR
// Delete directory in current directory.
//
//   AT+FSMKDIR=<dir>    OK, or ERROR (it exists, as a directory or a file; bad name; no card)
//   AT+FSRMDIR=<dir>    OK, or ERROR (no such directory)
//
// Both "Only support D:" (their notes): on "C:" they answer ERROR. <dir> is a name in the
// current directory (a path also works). The manual does not say what AT+FSRMDIR does with a
// directory that holds files; it answers ERROR here, as a file system's rmdir does, so nothing
// is lost by accident (AT+FSDEL=*.* empties a directory of its files first).

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { fsOf, refused, resolveArg } from './common.js';

export const fsmkdir: CommandHandler = {
  name: '+FSMKDIR',
  write: (ctx) => {
    const path = resolveArg(ctx, 'dir');
    if (!path.ok) return refused(ctx, path.error);
    const made = fsOf(ctx).mkdir(path.value);
    return made.ok ? reply(OK) : refused(ctx, made.error);
  },
};

export const fsrmdir: CommandHandler = {
  name: '+FSRMDIR',
  write: (ctx) => {
    const path = resolveArg(ctx, 'dir');
    if (!path.ok) return refused(ctx, path.error);
    const removed = fsOf(ctx).rmdir(path.value);
    return removed.ok ? reply(OK) : refused(ctx, removed.error);
  },
};

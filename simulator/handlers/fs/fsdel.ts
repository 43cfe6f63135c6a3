// SIM767XX §10.2.5 AT+FSDEL Delete file in current directory.
//
//   AT+FSDEL=<filename>   OK, or ERROR (no such file; a directory)
//
// <filename> is a file of the current directory, with or without quotes (a path also works);
// "*.*" deletes every file of the current directory (its note), keeping its subdirectories.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { cwdOf, fsOf, refused, resolveArg } from './common.js';

export const fsdel: CommandHandler = {
  name: '+FSDEL',
  write: (ctx) => {
    if (ctx.arg('filename') === '*.*') {
      const all = fsOf(ctx).removeFiles(cwdOf(ctx));
      return all.ok ? reply(OK) : refused(ctx, all.error);
    }
    const path = resolveArg(ctx, 'filename');
    if (!path.ok) return refused(ctx, path.error);
    const removed = fsOf(ctx).remove(path.value);
    return removed.ok ? reply(OK) : refused(ctx, removed.error);
  },
};

// SIM767XX §10.2.6 AT+FSRENAME Rename file in current directory.
//
//   AT+FSRENAME=<old_name>,<new_name>   OK, or ERROR
//
// Renames a file of the current directory (names with or without quotes); the new name must be
// free and stay in the same directory (it renames, it does not move). Its note: "Cannot rename
// files that length is 0" (ERROR). The Cat-4 restriction on "D:" does not apply to the SIM767XX
// (a Cat-1 module): "D:" works. Directories are not renamed ("Rename file").

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { formatPath, parentOf, samePath } from '../../fs/index.js';
import { fsOf, refused, resolveArg } from './common.js';

export const fsrename: CommandHandler = {
  name: '+FSRENAME',
  write: (ctx) => {
    const from = resolveArg(ctx, 'old_name');
    if (!from.ok) return refused(ctx, from.error);
    const to = resolveArg(ctx, 'new_name');
    if (!to.ok) return refused(ctx, to.error);
    const fs = fsOf(ctx);
    const old = fs.stat(from.value);
    if (!old.ok) return refused(ctx, old.error);
    if (old.value.kind !== 'file') return refused(ctx, `${formatPath(from.value)} is a directory`);
    if (old.value.size === 0) return refused(ctx, `${formatPath(from.value)} is empty (the manual: "Cannot rename files that length is 0")`);
    if (!samePath(parentOf(from.value), parentOf(to.value))) return refused(ctx, `${formatPath(to.value)} is not in the directory of ${formatPath(from.value)}`);
    const renamed = fs.rename(from.value, to.value);
    return renamed.ok ? reply(OK) : refused(ctx, renamed.error);
  },
};

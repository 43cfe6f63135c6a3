// SIM767XX §10.2.10 AT+FSPRESET Moves the location of a file.
//
//   AT+FSPRESET=<filename>[,<direction>]   OK, or ERROR
//     <direction> 0 (default): C:/<filename> to the user directory C:/simdir/
//     <direction> 1:           C:/simdir/<filename> back to C:/
//
// <filename> is a name without a path. The user directory is made when a file first moves
// there (a fresh module's C:/ lists no directory). The file must exist where it comes from and
// its name be free where it goes.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { childOf, ROOT_C, USER_DIRECTORY, type FsPath } from '../../fs/index.js';
import { fsOf, refused, textArg } from './common.js';

export const fspreset: CommandHandler = {
  name: '+FSPRESET',
  write: (ctx) => {
    const text = textArg(ctx, 'filename');
    if (!text.ok) return refused(ctx, text.error);
    const name = text.value;
    if (name.includes('/')) return refused(ctx, `"${name}": a file name without its path`);
    const fs = fsOf(ctx);
    const simdir: FsPath = childOf(ROOT_C, USER_DIRECTORY);
    const [from, to] = ctx.arg('direction') === 1 ? [childOf(simdir, name), childOf(ROOT_C, name)] : [childOf(ROOT_C, name), childOf(simdir, name)];
    const source = fs.stat(from);
    if (!source.ok) return refused(ctx, source.error);
    if (source.value.kind !== 'file') return refused(ctx, `${name} is a directory`);
    if (ctx.arg('direction') !== 1) {
      const dir = fs.userDirectory();
      if (!dir.ok) return refused(ctx, dir.error);
    }
    const moved = fs.rename(from, to);
    return moved.ok ? reply(OK) : refused(ctx, moved.error);
  },
};

// SIM767XX §10.2.1 AT+FSCD Select directory as current directory.
//
//   AT+FSCD?          +FSCD: <curr_path>
//   AT+FSCD=<path>    +FSCD: <curr_path>   (the new one), or ERROR
//
// <path> is absolute ("C:", "C:/", "D:/MyDir") or relative to the current directory; ".." goes
// back one level (at a drive's root it stays there). <curr_path> ends with "/" ("C:/",
// "D:/MyDir/"), with the names as stored. "D:" without a card is ERROR. The current directory is
// C:/ after power-on. Names that are not ASCII are printed as their UTF-8 bytes.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { formatDirectory, toLineText } from '../../fs/index.js';
import { cwdOf, fsOf, refused, resolveArg } from './common.js';

export const fscd: CommandHandler = {
  name: '+FSCD',
  read: (ctx) => reply(OK, [`+FSCD: ${toLineText(formatDirectory(cwdOf(ctx)))}`]),
  write: (ctx) => {
    const path = resolveArg(ctx, 'path');
    if (!path.ok) return refused(ctx, path.error);
    const found = fsOf(ctx).stat(path.value);
    if (!found.ok) return refused(ctx, found.error);
    if (found.value.kind !== 'dir') return refused(ctx, `${formatDirectory(path.value)} is a file`);
    ctx.state.fs.cwd = found.value.path;
    return reply(OK, [`+FSCD: ${toLineText(formatDirectory(found.value.path))}`]);
  },
};

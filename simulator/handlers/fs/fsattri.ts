// SIM767XX §10.2.7 AT+FSATTRI Request file attributes.
//
//   AT+FSATTRI=<filename>   +FSATTRI: <file_size>   (bytes), or ERROR (no such file)
//
// <filename> is a file of the current directory, with or without quotes (a path also works, as
// field logs of the SIMCom Cat-1 firmware show: AT+FSATTRI="C:/ca_cert2.pem").

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { formatPath } from '../../fs/index.js';
import { fsOf, refused, resolveArg } from './common.js';

export const fsattri: CommandHandler = {
  name: '+FSATTRI',
  write: (ctx) => {
    const path = resolveArg(ctx, 'filename');
    if (!path.ok) return refused(ctx, path.error);
    const found = fsOf(ctx).stat(path.value);
    if (!found.ok) return refused(ctx, found.error);
    if (found.value.kind !== 'file') return refused(ctx, `${formatPath(path.value)} is a directory`);
    return reply(OK, [`+FSATTRI: ${found.value.size}`]);
  },
};

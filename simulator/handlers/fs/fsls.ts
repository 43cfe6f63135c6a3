// SIM767XX §10.2.4 AT+FSLS List directories/files in current directory.
//
//   AT+FSLS?          +FSLS: SUBDIRECTORIES:<dir_num>,FILES:<file_num>
//   AT+FSLS[=<type>]  +FSLS: SUBDIRECTORIES:      (<type> 0 or 1)
//                     <one name per line>
//                                                 (a blank line between the two lists)
//                     +FSLS: FILES:               (<type> 0 or 2)
//                     <one name per line>
//
// <type> 0 (the execute form too) lists both, 1 subdirectories, 2 files. Names are sorted.
// The read form's spacing is the example's ("SUBDIRECTORIES:2,FILES:2"; the template prints a
// space after the first colon). The listing's shape follows the examples and field logs of
// SIMCom modules (one name per line, a blank line after the directory list). Where the manual
// leaves it open: with <type> 0 an empty file list is left out, as the AT+FSMKDIR and AT+FSRMDIR
// examples show for a "D:/" without files ("+FSLS: SUBDIRECTORIES:" and its list, then OK); the
// header of the list asked for alone is always printed. Names that are not ASCII (on "D:") are
// printed as their UTF-8 bytes.

import { reply, type CommandContext, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { toLineText } from '../../fs/index.js';
import { cwdOf, fsOf, refused } from './common.js';

function listing(ctx: CommandContext, type: number) {
  const l = fsOf(ctx).list(cwdOf(ctx));
  if (!l.ok) return refused(ctx, l.error);
  const lines: string[] = [];
  if (type === 0 || type === 1) lines.push('+FSLS: SUBDIRECTORIES:', ...l.value.directories.map((d) => toLineText(d.name)));
  if (type === 2 || (type === 0 && l.value.files.length > 0)) {
    if (lines.length > 0) lines.push('');
    lines.push('+FSLS: FILES:', ...l.value.files.map((f) => toLineText(f.name)));
  }
  return reply(OK, lines);
}

export const fsls: CommandHandler = {
  name: '+FSLS',
  read: (ctx) => {
    const l = fsOf(ctx).list(cwdOf(ctx));
    if (!l.ok) return refused(ctx, l.error);
    return reply(OK, [`+FSLS: SUBDIRECTORIES:${l.value.directories.length},FILES:${l.value.files.length}`]);
  },
  write: (ctx) => listing(ctx, Number(ctx.arg('type'))),
  exec: (ctx) => listing(ctx, 0),
};

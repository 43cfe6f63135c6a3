// SIM767XX §22.2.9 AT+CSMTPSFILE Select attachment: files of the module's file system
// (chapter 10), sent in <index> order after the body.
//   AT+CSMTPSFILE=<index>,<filename>   selects the file (a name relative to AT+FSCD's current
//                                      directory, or a full path; {non-ascii}"<hex>" for names
//                                      that are not ASCII, on D: only)
//   AT+CSMTPSFILE=<index>              clears that attachment
//   AT+CSMTPSFILE?                     +CSMTPSFILE: <index>,"<full path>",<filesize> per attachment
//   AT+CSMTPSFILE                      clears all
// Refusals, "+CSMTPS: <err>" then ERROR (§22.3): 609 EFS error (no such file, or a directory),
// 604 duplicate file (another <index> holds a file of the same name: "SMTP client doesn't allow
// two attachments with the same file name"), 603 over size (all attachments above 10 MB).
// The read example prints no <filesize>; the response syntax does, and is followed.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { currentDirectory, fileSystemOf, formatPath, fromLineText, toLineText } from '../../fs/index.js';
import { MAX_ATTACHMENTS, type SelectedAttachment } from '../../state/smtp.js';
import { SMTP_ERR } from '../../smtp/errors.js';
import { quoted, sending } from './common.js';

/** "The total size of all attachments can't exceed 10MB." */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const refuse = (err: number) => reply(ERROR, [`+CSMTPS: ${err}`]);

export const csmtpsfile: CommandHandler = {
  name: '+CSMTPSFILE',
  read: (ctx) => {
    const fs = fileSystemOf(ctx.modem.instance);
    const lines: string[] = [];
    ctx.state.smtp.attachments.forEach((a, i) => {
      if (!a) return;
      const now = fs.stat(a.path);
      lines.push(`+CSMTPSFILE: ${i + 1},${quoted(toLineText(a.path))},${now.ok ? now.value.size : a.size}`);
    });
    return reply(OK, lines);
  },
  write: (ctx) => {
    if (sending(ctx)) return reply(ERROR);
    const slot = Number(ctx.arg('index')) - 1;
    const attachments = ctx.state.smtp.attachments;
    const given = ctx.arg('filename') as string | undefined;
    if (given === undefined) {
      attachments[slot] = undefined;
      return reply(OK);
    }
    const fs = fileSystemOf(ctx.modem.instance);
    const name = fromLineText(given);
    if (!name.ok) return refuse(SMTP_ERR.EFS);
    const path = fs.resolve(name.value, currentDirectory(ctx.state));
    if (!path.ok) return refuse(SMTP_ERR.EFS);
    const file = fs.stat(path.value);
    if (!file.ok || file.value.kind !== 'file') return refuse(SMTP_ERR.EFS);
    const others = attachments.filter((a, i): a is SelectedAttachment => a !== undefined && i !== slot);
    if (others.some((a) => a.name === file.value.name)) return refuse(SMTP_ERR.DUPLICATE_FILE);
    const total = others.reduce((n, a) => n + a.size, 0) + file.value.size;
    if (total > MAX_ATTACHMENT_BYTES) return refuse(SMTP_ERR.OVER_SIZE);
    attachments[slot] = { path: formatPath(file.value.path), name: file.value.name, size: file.value.size };
    return reply(OK);
  },
  exec: (ctx) => {
    if (sending(ctx)) return reply(ERROR);
    ctx.state.smtp.attachments = Array.from({ length: MAX_ATTACHMENTS }, () => undefined);
    return reply(OK);
  },
};

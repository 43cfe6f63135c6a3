// SIM767XX §24.2.14 AT+CMMSSAVE Save the MMS to a mail box.
//
//   AT+CMMSSAVE=<index>[,<mmstype>]   +CMMSSAVE: <index>  OK   the MMS being edited, kept in
//                                     place <index> (0-1) of the mailbox, replacing what was there
//   AT+CMMSSAVE                       +CMMSSAVE: <index>  OK   in the lowest free place; none
//                                     free: 182 "The mms storage is full"
//
// <mmstype> 0 received, 1 sent, 2 unsent (default). The "selected MMS" is the one being edited:
// edit mode is needed (186), with a title or a file in it (187 "No content in the buffer"); a
// file recorded without its data (AT+CMMSCFG="data_mode",1) cannot be kept: 184 "Failed to save
// mms". The MMS stays in the edit buffer. The mailbox is the module's flash
// (simulator/mms/mailbox.ts): it survives power cycles.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { MMS_ERR } from '../../mms/errors.js';
import { mailboxOf } from '../../mms/mailbox.js';
import type { CommandContext, HandlerResult } from '../../core/handler.js';
import { editedMessage, refuse } from './common.js';

function save(ctx: CommandContext, index: number | undefined, type: number): HandlerResult {
  const edited = editedMessage(ctx);
  if (!edited.ok) return edited.reply;
  const m = edited.message;
  if (m.title === undefined && m.parts.length === 0) return refuse(ctx, MMS_ERR.NO_CONTENT, 'the MMS has no title and no file');
  if (m.parts.some((p) => !p.data)) return refuse(ctx, MMS_ERR.SAVE_FAILED, 'a file was recorded without its data (data_mode 1)');
  const mailbox = mailboxOf(ctx.modem.instance);
  const place = index ?? mailbox.freePlace();
  if (place === undefined) return refuse(ctx, MMS_ERR.STORAGE_FULL, 'both places of the mailbox are taken');
  mailbox.save(place, type, m);
  return reply(OK, [`+CMMSSAVE: ${place}`]);
}

export const cmmssave: CommandHandler = {
  name: '+CMMSSAVE',
  exec: (ctx) => save(ctx, undefined, 2),
  write: (ctx) => save(ctx, Number(ctx.arg('index')), (ctx.arg('mmstype') as number | undefined) ?? 2),
};

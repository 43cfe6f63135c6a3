// SIM767XX §24.2.15 AT+CMMSDELETE Delete MMS in the mail box.
//
//   AT+CMMSDELETE=<index>   OK: place <index> (0-1) emptied; an empty place: 183 "The box is empty"
//   AT+CMMSDELETE           OK: every MMS of the mailbox deleted
//   AT+CMMSDELETE?          +CMMSDELETE: <mmsnum>, the number of MMS in the mailbox
//
// The mailbox (simulator/mms/mailbox.ts) is not the MMS being edited: no edit mode is needed.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { MMS_ERR } from '../../mms/errors.js';
import { mailboxOf } from '../../mms/mailbox.js';
import { refuse } from './common.js';

export const cmmsdelete: CommandHandler = {
  name: '+CMMSDELETE',
  read: (ctx) => reply(OK, [`+CMMSDELETE: ${mailboxOf(ctx.modem.instance).count}`]),
  exec: (ctx) => {
    mailboxOf(ctx.modem.instance).clear();
    return reply(OK);
  },
  write: (ctx) => {
    const index = Number(ctx.arg('index'));
    if (!mailboxOf(ctx.modem.instance).delete(index)) return refuse(ctx, MMS_ERR.BOX_EMPTY, `place ${index} of the mailbox is empty`);
    return reply(OK);
  },
};

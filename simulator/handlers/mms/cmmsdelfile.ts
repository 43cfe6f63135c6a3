// SIM767XX §24.2.6 AT+CMMSDELFILE Delete a file within the editing MMS body.
//
//   AT+CMMSDELFILE=<index>   OK: the <index>-th file of the MMS (1 = the first added) is removed;
//                            the later ones move up. No such file: +CME ERROR: 177.
//
// The title is not a file of the body (AT+CMMSDOWN="TITLE" replaces it). Only in edit mode
// (186 otherwise); not while the MMS is being sent (171).

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { MMS_ERR } from '../../mms/errors.js';
import { editedMessage, refuse } from './common.js';

export const cmmsdelfile: CommandHandler = {
  name: '+CMMSDELFILE',
  write: (ctx) => {
    const edited = editedMessage(ctx);
    if (!edited.ok) return edited.reply;
    const index = Number(ctx.arg('index'));
    const parts = edited.message.parts;
    if (index < 1 || index > parts.length) return refuse(ctx, MMS_ERR.INVALID_PARAMETER, `no file ${index} (the MMS has ${parts.length})`);
    parts.splice(index - 1, 1);
    return reply(OK);
  },
};

// SIM767XX §7.2.16 AT+CMGMT Change message status: a REC UNREAD message at <index> of <mem1>
// becomes REC READ; other statuses stay. An index outside the memory is +CMS ERROR: 321; an
// empty location is OK (as +CMGR).

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { isFinal, messageLocation, needsSim, smsOf } from './common.js';

export const cmgmt: CommandHandler = {
  name: '+CMGMT',
  write: needsSim((ctx) => {
    const at = messageLocation(ctx);
    if (isFinal(at)) return reply(at);
    const { storage } = smsOf(ctx);
    if (storage.read(at.memory, at.index)?.stat === 0) storage.update(at.memory, at.index, { stat: 1 });
    return reply(OK);
  }),
};

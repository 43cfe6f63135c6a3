// SIM767XX §7.2.16 AT+CMGMT Change message status: a REC UNREAD message at <index> of <mem1>
// becomes REC READ; other statuses stay. An index outside the memory is +CMS ERROR: 321; an
// empty location is OK (as +CMGR).

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { smsSimError } from '../../sms/sim-errors.js';
import { cms, CMS, intToken, isFinal, smsOf, tokens } from './common.js';

export const cmgmt: CommandHandler = {
  name: '+CMGMT',
  argumentCheck: 'own',
  write: (ctx) => {
    const sim = smsSimError(ctx.state.sim);
    if (sim) return reply(sim);
    const t = tokens(ctx);
    if (isFinal(t)) return reply(t);
    const index = t.length === 1 ? intToken(t[0], 0, 65535) : undefined;
    if (index === undefined) return reply(ERROR);
    const { sms, storage } = smsOf(ctx);
    const memory = sms.mem[0];
    if (!storage.validIndex(memory, index)) return reply(cms(CMS.INVALID_MEMORY_INDEX));
    if (storage.read(memory, index)?.stat === 0) storage.update(memory, index, { stat: 1 });
    return reply(OK);
  },
};

// SIM767XX §7.2.15 AT+CMGD Delete message (27.005 §3.5.4) from <mem1>. <delflag> 0 (or
// omitted) deletes <index>; 1 all read; 2 read and sent; 3 read, sent and unsent; 4 all. With
// <delflag> 1-4 the index is ignored and may be left out (`AT+CMGD=,4`, §7.2.15 note).
// An index outside the memory is +CMS ERROR: 321; deleting an empty location is OK.
// Freeing a location after a message was refused for lack of memory tells the network
// (24.011 SMMA), which delivers what it held back.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import type { MessageStat } from '../../state/sms.js';
import { cms, CMS, memoryFreedEffects, needsSim, smsOf } from './common.js';

/** Which statuses each <delflag> deletes. */
const DELETES: Record<number, readonly MessageStat[]> = { 1: [1], 2: [1, 3], 3: [1, 2, 3], 4: [0, 1, 2, 3] };

export const cmgd: CommandHandler = {
  name: '+CMGD',
  write: needsSim((ctx) => {
    const index = ctx.arg('index') as number | undefined;
    const delflag = (ctx.arg('delflag') as number | undefined) ?? 0;
    const { sms, storage } = smsOf(ctx);
    const memory = sms.mem[0];
    if (delflag === 0) {
      if (index === undefined) return reply(ERROR);
      if (!storage.validIndex(memory, index)) return reply(cms(CMS.INVALID_MEMORY_INDEX));
      storage.delete(memory, index);
    } else {
      const stats = DELETES[delflag]!;
      for (const { index: i, message } of storage.list(memory)) if (stats.includes(message.stat)) storage.delete(memory, i);
    }
    return reply(OK, [], memoryFreedEffects(ctx));
  }),
};

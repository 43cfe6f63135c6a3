// SIM767XX §7.2.15 AT+CMGD Delete message (27.005 §3.5.4) from <mem1>. <delflag> 0 (or
// omitted) deletes <index>; 1 all read; 2 read and sent; 3 read, sent and unsent; 4 all. With
// <delflag> 1-4 the index is ignored and may be left out (`AT+CMGD=,4`, §7.2.15 note).
// An index outside the memory is +CMS ERROR: 321; deleting an empty location is OK.
// Freeing a location after a message was refused for lack of memory tells the network
// (24.011 SMMA), which delivers what it held back.

import { reply, type CommandHandler, type Effect } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { smsLink } from '../../sms/network.js';
import { smsSimError } from '../../sms/sim-errors.js';
import type { MessageStat } from '../../state/sms.js';
import { cms, CMS, intToken, isFinal, smsOf, tokens } from './common.js';

/** Which statuses each <delflag> deletes. */
const DELETES: Record<number, readonly MessageStat[]> = { 1: [1], 2: [1, 3], 3: [1, 2, 3], 4: [0, 1, 2, 3] };

export const cmgd: CommandHandler = {
  name: '+CMGD',
  argumentCheck: 'own',
  write: (ctx) => {
    const sim = smsSimError(ctx.state.sim);
    if (sim) return reply(sim);
    const t = tokens(ctx);
    if (isFinal(t)) return reply(t);
    if (t.length < 1 || t.length > 2) return reply(ERROR);
    const delflag = t[1] === undefined ? 0 : intToken(t[1], 0, 4);
    if (delflag === undefined) return reply(ERROR);
    const index = t[0] === undefined ? undefined : intToken(t[0], 0, 65535);
    if (t[0] !== undefined && index === undefined) return reply(ERROR);
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
    const effects: Effect[] = [];
    if (sms.memoryExceeded && !storage.isFull(sms.mem[2])) {
      sms.memoryExceeded = false;
      const modem = ctx.modem.instance;
      effects.push({ type: 'task', run: async () => smsLink(modem).network.memoryAvailable(modem) });
    }
    return reply(OK, [], effects);
  },
};

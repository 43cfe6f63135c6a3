// SIM767XX §7.2.11 AT+CMGR Read message (27.005 §3.4.3) and §7.2.18 AT+CMGRD Read and delete
// message: the message at <index> of <mem1>. +CMGR marks a REC UNREAD message REC READ;
// +CMGRD shows it and deletes it without changing its status (§7.2.18: "it doesn't change the
// message status").
// An index outside the memory is +CMS ERROR: 321. An empty location answers OK with no
// message (27.005 leaves it open; SIMCom's Cat-1 firmware does so).

import { reply, type CommandContext, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { smsSimError } from '../../sms/sim-errors.js';
import { pduLines, textRead } from '../../sms/text-format.js';
import { viewOf } from '../../sms/message-view.js';
import { smsLink } from '../../sms/network.js';
import { cms, CMS, formatOptions, intToken, isFinal, smsOf, tokens } from './common.js';

function readAt(ctx: CommandContext, prefix: string, andDelete: boolean) {
  const sim = smsSimError(ctx.state.sim);
  if (sim) return reply(sim);
  const t = tokens(ctx);
  if (isFinal(t)) return reply(t);
  const index = t.length === 1 ? intToken(t[0], 0, 65535) : undefined;
  if (index === undefined) return reply(ERROR);
  const { sms, storage } = smsOf(ctx);
  const memory = sms.mem[0];
  if (!storage.validIndex(memory, index)) return reply(cms(CMS.INVALID_MEMORY_INDEX));
  const message = storage.read(memory, index);
  if (!message) return reply(OK);
  const view = viewOf(message);
  const lines = sms.textMode ? textRead(prefix, view, message.stat, formatOptions(ctx)) : pduLines(`${prefix}${message.stat},`, view, formatOptions(ctx));
  if (andDelete) {
    storage.delete(memory, index);
    if (sms.memoryExceeded) {
      sms.memoryExceeded = false;
      const modem = ctx.modem.instance;
      return reply(OK, lines, [{ type: 'task', run: async () => smsLink(modem).network.memoryAvailable(modem) }]);
    }
  } else if (message.stat === 0) storage.update(memory, index, { stat: 1 });
  return reply(OK, lines);
}

export const cmgr: CommandHandler = {
  name: '+CMGR',
  argumentCheck: 'own',
  write: (ctx) => readAt(ctx, '+CMGR: ', false),
};

export const cmgrd: CommandHandler = {
  name: '+CMGRD',
  argumentCheck: 'own',
  write: (ctx) => readAt(ctx, '+CMGRD: ', true),
};

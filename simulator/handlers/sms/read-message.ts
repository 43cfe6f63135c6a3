// SIM767XX §7.2.11 AT+CMGR Read message (27.005 §3.4.3) and §7.2.18 AT+CMGRD Read and delete
// message: the message at <index> of <mem1>. +CMGR marks a REC UNREAD message REC READ;
// +CMGRD shows it and deletes it without changing its status (§7.2.18: "it doesn't change the
// message status").
// An index outside the memory is +CMS ERROR: 321. An empty location answers OK with no
// message (27.005 leaves it open; SIMCom's Cat-1 firmware does so).

import { reply, type CommandContext, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { pduLines, textRead } from '../../sms/text-format.js';
import { viewOf } from '../../sms/message-view.js';
import { formatOptions, isFinal, memoryFreedEffects, messageLocation, needsSim, smsOf } from './common.js';

function readAt(ctx: CommandContext, prefix: string, andDelete: boolean) {
  const at = messageLocation(ctx);
  if (isFinal(at)) return reply(at);
  const { memory, index } = at;
  const { sms, storage } = smsOf(ctx);
  const message = storage.read(memory, index);
  if (!message) return reply(OK);
  const view = viewOf(message);
  const lines = sms.textMode ? textRead(prefix, view, message.stat, formatOptions(ctx)) : pduLines(`${prefix}${message.stat},`, view, formatOptions(ctx));
  if (andDelete) {
    storage.delete(memory, index);
    return reply(OK, lines, memoryFreedEffects(ctx));
  } else if (message.stat === 0) storage.update(memory, index, { stat: 1 });
  return reply(OK, lines);
}

export const cmgr: CommandHandler = {
  name: '+CMGR',
  write: needsSim((ctx) => readAt(ctx, '+CMGR: ', false)),
};

export const cmgrd: CommandHandler = {
  name: '+CMGRD',
  write: needsSim((ctx) => readAt(ctx, '+CMGRD: ', true)),
};

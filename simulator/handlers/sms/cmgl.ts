// SIM767XX §7.2.10 AT+CMGL List SMS messages from preferred store (27.005 §3.4.2): the
// messages of <mem1> with status <stat> ("REC UNREAD", "REC READ", "STO UNSENT", "STO SENT",
// "ALL" in text mode; 0-4 in PDU mode; omitted: received unread). Listed REC UNREAD messages
// become REC READ. Text mode prints `+CMGL: <index>,<stat>,<oa/da>,[<alpha>],[<scts>]
// [,<tooa/toda>,<length>]` and the data; PDU mode `+CMGL: <index>,<stat>,[<alpha>],<length>`
// and the PDU with its SC address.
// A <stat> of the other mode's kind is a parameter error (+CMS ERROR: 305 / 304).

import { reply, type CommandContext, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { smsSimError } from '../../sms/sim-errors.js';
import { pduLines, STAT_TEXT, textListEntry } from '../../sms/text-format.js';
import { viewOf } from '../../sms/message-view.js';
import { formatOptions, intToken, isFinal, paramError, smsOf, tokens } from './common.js';

const TEXT_FILTERS = [...STAT_TEXT, 'ALL'];

/** `AT+CMGL[=<stat>]`: the write form, and the bare execute form (no <stat>: received unread). */
function listMessages(ctx: CommandContext) {
  const sim = smsSimError(ctx.state.sim);
  if (sim) return reply(sim);
  const t = tokens(ctx);
  if (isFinal(t)) return reply(t);
  if (t.length > 1) return reply(paramError(ctx));
  const { sms, storage } = smsOf(ctx);
  let filter: number;
  if (t[0] === undefined) filter = 0;
  else if (sms.textMode) {
    filter = t[0].quoted ? TEXT_FILTERS.indexOf(t[0].text.toUpperCase()) : -1;
    if (filter < 0) return reply(paramError(ctx));
  } else {
    const n = intToken(t[0], 0, 4);
    if (n === undefined) return reply(paramError(ctx));
    filter = n;
  }
  const memory = sms.mem[0];
  const o = formatOptions(ctx);
  const lines: string[] = [];
  for (const { index, message } of storage.list(memory)) {
    if (filter !== 4 && message.stat !== filter) continue;
    const view = viewOf(message);
    lines.push(...(sms.textMode ? textListEntry(index, view, message.stat, o) : pduLines(`+CMGL: ${index},${message.stat},`, view, o)));
    if (message.stat === 0) storage.update(memory, index, { stat: 1 });
  }
  return reply(OK, lines);
}

export const cmgl: CommandHandler = {
  name: '+CMGL',
  argumentCheck: 'own',
  test: (ctx) => reply(OK, [ctx.state.sms.textMode ? `+CMGL: (${TEXT_FILTERS.map((s) => `"${s}"`).join(',')})` : '+CMGL: (0-4)']),
  write: listMessages,
  exec: listMessages,
};

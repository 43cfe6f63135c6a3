// SIM767XX §7.2.8 AT+CNMA New message acknowledgement to ME/TA (27.005 §3.4.4). Only with
// +CSMS=1 and after a +CMT or +CDS that needs it; otherwise +CMS ERROR: 340 (no +CNMA
// acknowledgement expected). Text mode: the execute form only (a <n> is a text-mode parameter
// error, 305). PDU mode: <n> 0/omitted or 1 acknowledge (RP-ACK); 2 refuses (RP-ERROR): the
// network keeps the message and delivers it again later.
// The test form answers OK in text mode and `+CNMA: (0-2)` in PDU mode (§7.2.8).

import { reply, type CommandContext, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { smsLink } from '../../sms/network.js';
import { cms, CMS, intToken, isFinal, tokens } from './common.js';

function acknowledge(ctx: CommandContext, positive: boolean) {
  const sms = ctx.state.sms;
  if (sms.service !== 1 || sms.ack.status !== 'awaiting') return reply(cms(CMS.NO_CNMA_EXPECTED));
  ctx.modem.clock.clearTimer(sms.ack.timer);
  const pending = sms.ack;
  sms.ack = { status: 'none' };
  if (!positive && pending.what === 'deliver' && pending.pdu) {
    const modem = ctx.modem.instance;
    const link = smsLink(modem);
    link.network.redeliverLater(link.number, pending.pdu);
  }
  return reply(OK);
}

export const cnma: CommandHandler = {
  name: '+CNMA',
  argumentCheck: 'own',
  test: (ctx) => reply(OK, ctx.state.sms.textMode ? [] : ['+CNMA: (0-2)']),
  exec: (ctx) => acknowledge(ctx, true),
  write: (ctx) => {
    if (ctx.state.sms.textMode) return reply(cms(CMS.INVALID_TEXT_PARAMETER));
    const t = tokens(ctx);
    if (isFinal(t)) return reply(t);
    const n = t.length === 1 ? intToken(t[0], 0, 2) : undefined;
    if (n === undefined) return reply(ERROR);
    return acknowledge(ctx, n !== 2);
  },
};

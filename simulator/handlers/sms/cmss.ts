// SIM767XX §7.2.13 AT+CMSS Send message from storage (27.005 §3.5.2) and §7.2.20 AT+CMSSEX
// Send multi messages from storage (up to 13 indexes). The stored SMS-SUBMIT at <index> of
// <mem2> is sent, to <da>[,<toda>] instead of its own destination when given (+CMSS only);
// a sent STO UNSENT message becomes STO SENT. An index outside the memory, or an empty
// location, is +CMS ERROR: 321; a received message (not an SMS-SUBMIT) cannot be sent: 302.
// +CMSSEX prints the references of the messages sent before a failure, then the error
// (§7.2.20 example: `+CMSSEX: 241` then `+CMS ERROR: Invalid memory index`).

import { reply, type CommandContext, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK, type Final } from '../../core/result.js';
import type { Address } from '../../sms/codec/address.js';
import { sendPreconditions, sendSubmit } from '../../sms/send.js';
import { smsSimError } from '../../sms/sim-errors.js';
import { viewOf } from '../../sms/message-view.js';
import { cms, CMS, intToken, isFinal, smsOf, tokens } from './common.js';
import { destination } from './cmgs.js';

const MAX_CMSSEX_INDEXES = 13;

async function sendStored(ctx: CommandContext, index: number, da?: Address): Promise<{ ok: true; mr: number } | { ok: false; final: Final }> {
  const { sms, storage } = smsOf(ctx);
  const memory = sms.mem[1];
  const message = storage.validIndex(memory, index) ? storage.read(memory, index) : undefined;
  if (!message) return { ok: false, final: cms(CMS.INVALID_MEMORY_INDEX) };
  const view = viewOf(message);
  if (view.kind !== 'submit') return { ok: false, final: cms(CMS.OPERATION_NOT_ALLOWED) };
  const submit = da ? { ...view.tpdu, da } : view.tpdu;
  const sent = await sendSubmit(ctx, submit, view.sca);
  if (sent.ok && message.stat === 2) storage.update(memory, index, { stat: 3 });
  return sent;
}

export const cmss: CommandHandler = {
  name: '+CMSS',
  argumentCheck: 'own',
  write: async (ctx) => {
    const sim = smsSimError(ctx.state.sim);
    if (sim) return reply(sim);
    const t = tokens(ctx);
    if (isFinal(t)) return reply(t);
    const index = intToken(t[0], 0, 65535);
    if (t.length < 1 || t.length > 3 || index === undefined) return reply(ERROR);
    let da: Address | undefined;
    if (t[1] !== undefined) {
      da = destination(ctx, t, 1);
      if (!da) return reply(cms(ctx.state.sms.textMode ? CMS.INVALID_TEXT_PARAMETER : CMS.INVALID_PDU_PARAMETER));
    }
    const pre = sendPreconditions(ctx);
    if (pre) return reply(pre);
    const sent = await sendStored(ctx, index, da);
    return sent.ok ? reply(OK, [`+CMSS: ${sent.mr}`]) : reply(sent.final);
  },
};

export const cmssex: CommandHandler = {
  name: '+CMSSEX',
  argumentCheck: 'own',
  write: async (ctx) => {
    const sim = smsSimError(ctx.state.sim);
    if (sim) return reply(sim);
    const t = tokens(ctx);
    if (isFinal(t)) return reply(t);
    if (t.length < 1 || t.length > MAX_CMSSEX_INDEXES) return reply(ERROR);
    const indexes = t.map((x) => intToken(x, 0, 65535));
    if (indexes.some((i) => i === undefined)) return reply(ERROR);
    const pre = sendPreconditions(ctx);
    if (pre) return reply(pre);
    const mrs: number[] = [];
    for (const index of indexes as number[]) {
      const sent = await sendStored(ctx, index);
      if (!sent.ok) return reply(sent.final, mrs.length ? [`+CMSSEX: ${mrs.join(',')}`] : []);
      mrs.push(sent.mr);
    }
    return reply(OK, [`+CMSSEX: ${mrs.join(',')}`]);
  },
};

// SIM767XX §7.2.12 AT+CMGS Send message (27.005 §3.5.1).
//   Text mode: AT+CMGS=<da>[,<toda>] → `> ` → text → Ctrl-Z → +CMGS: <mr>. <da> in the TE
//   character set; the SUBMIT takes +CSMP's fo/vp/pid/dcs; 160 GSM characters, 140 octets or
//   70 UCS2 characters at most (+CMS ERROR: 305 beyond).
//   PDU mode: AT+CMGS=<length> → `> ` → hex PDU → Ctrl-Z → +CMGS: <mr>. <length> counts TPDU
//   octets without the SC address; an SC address "00" means +CSCA's. A malformed PDU or a
//   wrong <length> is +CMS ERROR: 304 (manual §25.4 example: `AT+CMGS=02112345678` → 304).
// ESC cancels with OK and nothing sent. The module assigns TP-MR (the PDU's own is ignored).
// Sending fails with +CMS ERROR 310/311 (SIM), 331 (not registered), 330 (no SMSC) or
// whatever the network answers; the answer comes after the network's response time.

import { reply, type CommandContext, type CommandHandler, type HandlerResult } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { parseAddressText } from '../../sms/codec/address.js';
import { parsePduInput } from '../../sms/pdu-input.js';
import { bodyPrompt, promptBody } from '../../sms/prompt-input.js';
import { sendPreconditions, sendSubmit } from '../../sms/send.js';
import { textSubmit } from '../../sms/text-submit.js';
import { cms, CMS, intToken, isFinal, paramError, smsOf, teStringToken, tokens } from './common.js';

/** <da>[,<toda>] of text-mode commands; undefined when invalid. */
export function destination(ctx: CommandContext, t: ReturnType<typeof tokens>, at = 0) {
  if (isFinal(t)) return undefined;
  const text = teStringToken(t[at], smsOf(ctx).charset);
  if (text === undefined) return undefined;
  const toa = t[at + 1] === undefined ? undefined : intToken(t[at + 1], 128, 255);
  if (t[at + 1] !== undefined && toa === undefined) return undefined;
  return parseAddressText(text, toa);
}

async function sendText(ctx: CommandContext, body: string): Promise<HandlerResult> {
  const t = tokens(ctx);
  const da = destination(ctx, t)!;
  const { sms, charset } = smsOf(ctx);
  const built = textSubmit(da, body, sms.csmp, charset);
  if (!built.ok) {
    ctx.modem.log(`+CMGS: ${built.reason}`);
    return reply(cms(CMS.INVALID_TEXT_PARAMETER));
  }
  const sent = await sendSubmit(ctx, built.value);
  return sent.ok ? reply(OK, [`+CMGS: ${sent.mr}`]) : reply(sent.final);
}

async function sendPdu(ctx: CommandContext, length: number, hex: string): Promise<HandlerResult> {
  const parsed = parsePduInput(hex, length, 'mo');
  if (!parsed.ok || parsed.tpdu.type !== 'submit') {
    ctx.modem.log(`+CMGS: ${parsed.ok ? 'not an SMS-SUBMIT' : parsed.reason}`);
    return reply(cms(CMS.INVALID_PDU_PARAMETER));
  }
  const sent = await sendSubmit(ctx, parsed.tpdu, parsed.sca);
  return sent.ok ? reply(OK, [`+CMGS: ${sent.mr}`]) : reply(sent.final);
}

export const cmgs: CommandHandler = {
  name: '+CMGS',
  argumentCheck: 'own',
  write: (ctx) => {
    const t = tokens(ctx);
    if (isFinal(t)) return reply(t);
    const { sms } = smsOf(ctx);
    if (sms.textMode) {
      if (t.length < 1 || t.length > 2 || !destination(ctx, t)) return reply(paramError(ctx));
    } else if (t.length !== 1 || intToken(t[0], 1, 164) === undefined) {
      return reply(t.length === 1 && t[0] && !t[0].quoted && /^\d+$/.test(t[0].text) ? paramError(ctx) : ERROR);
    }
    const pre = sendPreconditions(ctx);
    if (pre) return reply(pre);
    const textMode = sms.textMode;
    return {
      prompt: bodyPrompt(textMode, (input) => {
        const body = promptBody(input);
        if (body.kind === 'cancelled') return reply(OK);
        if (body.kind === 'refused') return reply(paramError(ctx));
        return textMode ? sendText(ctx, body.text) : sendPdu(ctx, intToken(t[0], 1, 164)!, body.text);
      }),
    };
  },
};

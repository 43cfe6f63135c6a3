// SIM767XX §7.2.19 AT+CMGSEX Send message (one segment of a long message), text mode:
// AT+CMGSEX=<da>[,<toda>][,<mr>,<msg_seg>,<msg_total>] → `> ` → text → Ctrl-Z →
// +CMGSEX: <mr>. With <msg_seg>/<msg_total> the SUBMIT carries a concatenation element
// (23.040 §9.2.3.24.1) whose 8-bit reference is the given <mr> (0-255); a segment then holds
// at most 153 GSM characters (§7.2.19 note), 134 octets or 67 UCS2 characters. With only
// <da>[,<toda>] it is a single message, as +CMGS.
// The command is defined for text mode only; in PDU mode it answers +CMS ERROR: 303.

import { reply, type CommandContext, type CommandHandler, type HandlerResult } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { concatenationElement, type InformationElement } from '../../sms/codec/udh.js';
import { bodyPrompt, promptBody } from '../../sms/prompt-input.js';
import { sendPreconditions, sendSubmit } from '../../sms/send.js';
import { textSubmit } from '../../sms/text-submit.js';
import { cms, CMS, intToken, isFinal, paramError, smsOf, tokens } from './common.js';
import { destination } from './cmgs.js';

interface Segment {
  reference: number;
  sequence: number;
  total: number;
}

function parse(ctx: CommandContext): { toaGiven: boolean; segment?: Segment } | undefined {
  const t = tokens(ctx);
  if (isFinal(t) || !destination(ctx, t)) return undefined;
  const tail = t.length === 5 ? t.slice(2) : t.length === 4 ? t.slice(1) : t.length <= 2 ? [] : undefined;
  if (!tail) return undefined;
  if (t.length === 4 && t[1] === undefined) return undefined;
  if (tail.length === 0) return { toaGiven: t.length === 2 };
  const reference = intToken(tail[0], 0, 255);
  const total = intToken(tail[2], 1, 255);
  const sequence = intToken(tail[1], 1, 255);
  if (reference === undefined || total === undefined || sequence === undefined || sequence > total) return undefined;
  return { toaGiven: t.length === 5, segment: { reference, sequence, total } };
}

async function send(ctx: CommandContext, body: string, segment: Segment | undefined): Promise<HandlerResult> {
  const t = tokens(ctx);
  const da = destination(ctx, t)!;
  const { sms, charset } = smsOf(ctx);
  const header: InformationElement[] | undefined = segment && segment.total > 1 ? [concatenationElement({ reference: segment.reference, wide: false, total: segment.total, sequence: segment.sequence })] : undefined;
  const built = textSubmit(da, body, sms.csmp, charset, header);
  if (!built.ok) return reply(cms(CMS.INVALID_TEXT_PARAMETER));
  const sent = await sendSubmit(ctx, built.value);
  return sent.ok ? reply(OK, [`+CMGSEX: ${sent.mr}`]) : reply(sent.final);
}

export const cmgsex: CommandHandler = {
  name: '+CMGSEX',
  argumentCheck: 'own',
  write: (ctx) => {
    if (!ctx.state.sms.textMode) return reply(cms(CMS.OPERATION_NOT_SUPPORTED));
    const parsed = parse(ctx);
    if (!parsed) return reply(paramError(ctx));
    const pre = sendPreconditions(ctx);
    if (pre) return reply(pre);
    return {
      prompt: bodyPrompt(true, (input) => {
        const body = promptBody(input);
        if (body.kind === 'cancelled') return reply(OK);
        if (body.kind === 'refused') return reply(paramError(ctx));
        return send(ctx, body.text, parsed.segment);
      }),
    };
  },
};

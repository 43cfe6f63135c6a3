// SIM767XX §7.2.14 AT+CMGW Write message to memory (27.005 §3.5.3) in <mem2>.
//   Text mode: AT+CMGW=<oa/da>[,<tooa/toda>[,<stat>]] → `> ` → text → Ctrl-Z → +CMGW: <index>.
//   <stat> defaults to "STO UNSENT"; "REC UNREAD"/"REC READ" store an SMS-DELIVER from <oa>
//   stamped with the current time, "STO ..." an SMS-SUBMIT with +CSMP's parameters. The SC
//   address stored is +CSCA's.
//   PDU mode: AT+CMGW=<length>[,<stat>] → `> ` → PDU → Ctrl-Z. <stat> 0/1 need an
//   SMS-DELIVER or SMS-STATUS-REPORT, 2/3 (default 2) an SMS-SUBMIT.
// A full memory is +CMS ERROR: 322 (checked before the prompt, and again after the input).

import { reply, type CommandContext, type CommandHandler, type HandlerResult } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { parseAddressText } from '../../sms/codec/address.js';
import { toHex } from '../../sms/codec/errors.js';
import { timestampFromEpoch } from '../../sms/codec/timestamp.js';
import { encodePdu, type SmsPdu } from '../../sms/codec/tpdu.js';
import { parsePduInput } from '../../sms/pdu-input.js';
import { bodyPrompt, promptBody } from '../../sms/prompt-input.js';
import { smsSimError } from '../../sms/sim-errors.js';
import { STAT_TEXT } from '../../sms/text-format.js';
import { textDeliver, textSubmit } from '../../sms/text-submit.js';
import type { MessageStat, StoredMessage } from '../../state/sms.js';
import { cms, CMS, intToken, isFinal, paramError, smsOf, tokens } from './common.js';
import { destination } from './cmgs.js';

function store(ctx: CommandContext, message: StoredMessage): HandlerResult {
  const { sms, storage } = smsOf(ctx);
  const index = storage.write(sms.mem[1], message);
  if (index === undefined) return reply(cms(CMS.MEMORY_FULL));
  return reply(OK, [`+CMGW: ${index}`]);
}

function writeText(ctx: CommandContext, stat: MessageStat, body: string): HandlerResult {
  const t = tokens(ctx);
  const { sms, charset, profile } = smsOf(ctx);
  const address = isFinal(t) || t.length === 0 ? undefined : destination(ctx, t);
  const sca = sms.sca.number ? parseAddressText(sms.sca.number, sms.sca.toa) : undefined;
  const party = address ?? { digits: '', toa: 129 };
  let pdu: SmsPdu;
  if (stat <= 1) {
    const built = textDeliver(party, body, sms.csmp, charset, timestampFromEpoch(ctx.modem.clock.now(), profile.timeZoneQuarters));
    if (!built.ok) return reply(cms(CMS.INVALID_TEXT_PARAMETER));
    pdu = { ...(sca ? { sca } : {}), tpdu: built.value };
  } else {
    const built = textSubmit(party, body, sms.csmp, charset);
    if (!built.ok) return reply(cms(CMS.INVALID_TEXT_PARAMETER));
    pdu = { ...(sca ? { sca } : {}), tpdu: built.value };
  }
  return store(ctx, { stat, kind: 'sms', pdu: toHex(encodePdu(pdu)) });
}

function writePdu(ctx: CommandContext, stat: MessageStat, length: number, hex: string): HandlerResult {
  const parsed = parsePduInput(hex, length, stat <= 1 ? 'mt' : 'mo');
  if (!parsed.ok || (stat >= 2) !== (parsed.tpdu.type === 'submit')) return reply(cms(CMS.INVALID_PDU_PARAMETER));
  return store(ctx, { stat, kind: 'sms', pdu: toHex(parsed.bytes) });
}

export const cmgw: CommandHandler = {
  name: '+CMGW',
  argumentCheck: 'own',
  write: (ctx) => {
    const sim = smsSimError(ctx.state.sim);
    if (sim) return reply(sim);
    const t = tokens(ctx);
    if (isFinal(t)) return reply(t);
    const { sms, storage } = smsOf(ctx);
    let stat: MessageStat = 2;
    let length = 0;
    if (sms.textMode) {
      if (t.length > 3 || (t.length > 0 && !destination(ctx, t))) return reply(paramError(ctx));
      if (t[2] !== undefined) {
        const s = t[2].quoted ? STAT_TEXT.indexOf(t[2].text.toUpperCase() as (typeof STAT_TEXT)[number]) : -1;
        if (s < 0) return reply(paramError(ctx));
        stat = s as MessageStat;
      }
    } else {
      const n = intToken(t[0], 1, 164);
      if (t.length < 1 || t.length > 2 || n === undefined) return reply(paramError(ctx));
      length = n;
      if (t[1] !== undefined) {
        const s = intToken(t[1], 0, 3);
        if (s === undefined) return reply(paramError(ctx));
        stat = s as MessageStat;
      }
    }
    if (storage.isFull(sms.mem[1])) return reply(cms(CMS.MEMORY_FULL));
    const textMode = sms.textMode;
    return {
      prompt: bodyPrompt(textMode, (input) => {
        const body = promptBody(input);
        if (body.kind === 'cancelled') return reply(OK);
        if (body.kind === 'refused') return reply(paramError(ctx));
        return textMode ? writeText(ctx, stat, body.text) : writePdu(ctx, stat, length, body.text);
      }),
    };
  },
};

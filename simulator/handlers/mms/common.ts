// What the chapter 24 handlers share: the MMS error answer (§24.3.2, simulator/mms/errors.ts) with
// its reason in the session log, and the checks of the editing commands.
//
// Rules the manual implies and this simulator keeps: the MMS is edited only in edit mode
// (AT+CMMSEDIT=1; otherwise 186 "Not allowed to edit now"), and nothing of it changes while it
// is being sent (171 "MMS task is busy now").

import { reply, type CommandContext, type Reply } from '../../core/handler.js';
import { mmsError, MMS_ERR } from '../../mms/errors.js';
import type { MmsMessage } from '../../mms/message.js';

/** The MMS error `code`, with `why` in the session log. */
export function refuse(ctx: CommandContext, code: number, why: string): Reply {
  ctx.modem.log(`${ctx.name}: ${why} (${code})`);
  return reply(mmsError(ctx, code));
}

/** The MMS being edited, or the refusal: not in edit mode, or a send under way. */
export function editedMessage(ctx: CommandContext): { ok: true; message: MmsMessage } | { ok: false; reply: Reply } {
  const mms = ctx.state.mms;
  if (mms.sending) return { ok: false, reply: refuse(ctx, MMS_ERR.BUSY, 'an MMS is being sent') };
  if (mms.edit.mode !== 'editing') return { ok: false, reply: refuse(ctx, MMS_ERR.NOT_ALLOWED_TO_EDIT, 'not in edit mode (AT+CMMSEDIT=1)') };
  return { ok: true, message: mms.edit.message };
}

/** Whether the module that ran a command is still the one running (no power cycle since). */
export function sameCycle(ctx: CommandContext): boolean {
  return ctx.modem.instance.state === ctx.state && ctx.modem.instance.ready;
}

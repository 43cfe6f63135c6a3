// SIM767XX §24.2.4 AT+CMMSEDIT Enter or exit edit mode.
//
//   AT+CMMSEDIT=1   OK: edit mode, with an empty MMS ("after using the AT+CMMSEDIT=1,
//                   initialization can be performed", §24.2.5 note: also when already editing)
//   AT+CMMSEDIT=0   OK: edit mode left, the MMS being edited discarded
//   AT+CMMSEDIT?    +CMMSEDIT: <mode>
//
// While an MMS is being sent (AT+CMMSSEND until its +CMMSSEND: <err>): +CME ERROR: 171.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { MMS_ERR } from '../../mms/errors.js';
import { emptyMessage } from '../../mms/message.js';
import { refuse } from './common.js';

export const cmmsedit: CommandHandler = {
  name: '+CMMSEDIT',
  read: (ctx) => reply(OK, [`+CMMSEDIT: ${ctx.state.mms.edit.mode === 'editing' ? 1 : 0}`]),
  write: (ctx) => {
    const mms = ctx.state.mms;
    if (mms.sending) return refuse(ctx, MMS_ERR.BUSY, 'an MMS is being sent');
    mms.edit = ctx.arg('mode') === 1 ? { mode: 'editing', message: emptyMessage() } : { mode: 'off' };
    return reply(OK);
  },
};

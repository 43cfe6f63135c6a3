// SIM767XX §7.2.17 AT+CMVP Set message valid period: the relative TP-VP (0-255; 0-143 →
// (vp+1)×5 min, 144-167 → 12 h + (vp-143)×30 min, 168-196 → (vp-166) days, 197-255 →
// (vp-192) weeks) of messages sent in text mode. It is the same value +CSMP's <vp> shows.
// AUTO_SAVE.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { intToken, isFinal, tokens } from './common.js';

export const cmvp: CommandHandler = {
  name: '+CMVP',
  argumentCheck: 'own',
  test: () => reply(OK, ['+CMVP: (0-255)']),
  read: (ctx) => {
    const vp = ctx.state.sms.csmp.vp;
    return reply(OK, [`+CMVP: ${typeof vp === 'number' ? vp : 167}`]);
  },
  write: (ctx) => {
    const t = tokens(ctx);
    if (isFinal(t)) return reply(t);
    const vp = t.length === 1 ? intToken(t[0], 0, 255) : undefined;
    if (vp === undefined) return reply(ERROR);
    ctx.state.sms.csmp = { ...ctx.state.sms.csmp, vp };
    return reply(OK);
  },
};

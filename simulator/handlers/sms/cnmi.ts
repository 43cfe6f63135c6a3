// SIM767XX §7.2.9 AT+CNMI New message indications to TE (27.005 §3.4.1). Factory and execute
// form: 2,1,0,0,0 (the §7.2.9 read example). AUTO_SAVE.
// The manual: "If set <mt>=3 or <ds>=1, make sure <mode>=1. If set <mt>=2, make sure <mode>=1
// or 2, otherwise it will return error." Read together (and with the common <mode>=2,<mt>=2,
// <ds>=1 setting of SMS tools) as: direct routing (<mt> 2/3, <ds> 1) needs <mode> 1 or 2;
// otherwise +CMS ERROR: 303 (27.005: "unsupported setting").
// <bfr> when <mode> 1 or 2 is entered: 0 flushes the indications buffered under <mode> 0 to
// the TE after OK, 1 clears them.

import { reply, urcEffect, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import type { CnmiSettings } from '../../state/sms.js';
import { cms, CMS, intToken, isFinal, smsOf, tokens } from './common.js';

const LIMITS: Array<[keyof CnmiSettings, number]> = [
  ['mode', 2],
  ['mt', 3],
  ['bm', 2],
  ['ds', 2],
  ['bfr', 1],
];

function apply(ctx: Parameters<NonNullable<CommandHandler['exec']>>[0], next: CnmiSettings) {
  const { sms } = smsOf(ctx);
  const directRouting = next.mt === 2 || next.mt === 3 || next.ds === 1;
  if (directRouting && next.mode === 0) return reply(cms(CMS.OPERATION_NOT_SUPPORTED));
  sms.cnmi = next;
  if (next.mode === 0 || sms.buffered.length === 0) return reply(OK);
  const held = sms.buffered;
  sms.buffered = [];
  return next.bfr === 0 ? reply(OK, [], held.map((lines) => urcEffect(lines))) : reply(OK);
}

export const cnmi: CommandHandler = {
  name: '+CNMI',
  argumentCheck: 'own',
  read: (ctx) => {
    const c = ctx.state.sms.cnmi;
    return reply(OK, [`+CNMI: ${c.mode},${c.mt},${c.bm},${c.ds},${c.bfr}`]);
  },
  write: (ctx) => {
    const t = tokens(ctx);
    if (isFinal(t)) return reply(t);
    if (t.length < 1 || t.length > 5 || t[0] === undefined) return reply(ERROR);
    const next = { ...ctx.state.sms.cnmi };
    for (let i = 0; i < t.length; i++) {
      if (t[i] === undefined) continue;
      const [key, max] = LIMITS[i]!;
      const v = intToken(t[i], 0, max);
      if (v === undefined) return reply(ERROR);
      next[key] = v;
    }
    return apply(ctx, next);
  },
  exec: (ctx) => {
    const [mode, mt, bm, ds, bfr] = smsOf(ctx).profile.factory.cnmi;
    return apply(ctx, { mode, mt, bm, ds, bfr });
  },
};

// SIM767XX §7.2.2 AT+CPMS Preferred message storage (27.005 §3.2.2). <mem1> is read and
// deleted from (+CMGL, +CMGR, +CMGD), <mem2> written and sent from (+CMGW, +CMSS), <mem3>
// receives new messages. The write form may omit <mem2>/<mem3> (they keep their values, as
// 27.005 leaves them); the execute form restores the factory "SM","SM","SM". AUTO_SAVE.
// Memory names come from the profile (Quectel overlays add "MT" and "SR"), so arguments are
// checked here: an unknown memory is +CMS ERROR: 302 (operation not allowed).
// Deviation: the manual's example prints `"ME", 0, 10` with spaces (an OCR artefact of a
// table); 27.005 and field captures print no spaces.

import { reply, type CommandContext, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { smsSimError } from '../../sms/sim-errors.js';
import { cms, CMS, isFinal, smsOf, tokens } from './common.js';

function counts(ctx: CommandContext, withNames: boolean): string {
  const { sms, storage } = smsOf(ctx);
  return sms.mem.map((m) => `${withNames ? `"${m}",` : ''}${storage.used(m)},${storage.total(m)}`).join(',');
}

export const cpms: CommandHandler = {
  name: '+CPMS',
  argumentCheck: 'own',
  test: (ctx) => {
    const { profile } = smsOf(ctx);
    const list = (names: string[]) => `(${names.map((n) => `"${n}"`).join(',')})`;
    return reply(OK, [`+CPMS: ${list(profile.mem1)},${list(profile.mem2)},${list(profile.mem3)}`]);
  },
  read: (ctx) => {
    const sim = smsSimError(ctx.state.sim);
    return sim ? reply(sim) : reply(OK, [`+CPMS: ${counts(ctx, true)}`]);
  },
  write: (ctx) => {
    const sim = smsSimError(ctx.state.sim);
    if (sim) return reply(sim);
    const t = tokens(ctx);
    if (isFinal(t)) return reply(t);
    if (t.length === 0 || t.length > 3 || t[0] === undefined) return reply(ERROR);
    const { sms, profile } = smsOf(ctx);
    const allowed = [profile.mem1, profile.mem2, profile.mem3];
    const next = [...sms.mem] as [string, string, string];
    for (let i = 0; i < t.length; i++) {
      const tok = t[i];
      if (tok === undefined) continue;
      if (!tok.quoted) return reply(ERROR);
      const name = tok.text.toUpperCase();
      if (!allowed[i]!.includes(name)) return reply(cms(CMS.OPERATION_NOT_ALLOWED));
      next[i] = name;
    }
    sms.mem = next;
    return reply(OK, [`+CPMS: ${counts(ctx, false)}`]);
  },
  exec: (ctx) => {
    const sim = smsSimError(ctx.state.sim);
    if (sim) return reply(sim);
    const { sms, profile } = smsOf(ctx);
    sms.mem = [...profile.factory.cpms];
    return reply(OK, [`+CPMS: ${counts(ctx, false)}`]);
  },
};

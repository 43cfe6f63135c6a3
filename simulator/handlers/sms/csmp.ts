// SIM767XX §7.2.6 AT+CSMP Set text mode parameters (27.005 §3.3.2): <fo> of the SMS-SUBMIT
// (default 17), <vp> (default 167; an integer for a relative TP-VPF, a quoted time string for
// an absolute one, 14 quoted hex digits for an enhanced one), <pid> (0), <dcs> (0). Omitted
// trailing values keep their settings. AUTO_SAVE.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { parseTimestampText } from '../../sms/codec/timestamp.js';
import { intToken, isFinal, tokens } from './common.js';

export const csmp: CommandHandler = {
  name: '+CSMP',
  argumentCheck: 'own',
  read: (ctx) => {
    const c = ctx.state.sms.csmp;
    return reply(OK, [`+CSMP: ${c.fo},${typeof c.vp === 'number' ? c.vp : `"${c.vp}"`},${c.pid},${c.dcs}`]);
  },
  write: (ctx) => {
    const t = tokens(ctx);
    if (isFinal(t)) return reply(t);
    if (t.length < 1 || t.length > 4 || t[0] === undefined) return reply(ERROR);
    const fo = intToken(t[0], 0, 255);
    if (fo === undefined) return reply(ERROR);
    const next = { ...ctx.state.sms.csmp, fo };
    const vpf = (fo >> 3) & 0x03;
    if (t[1] !== undefined) {
      if (t[1].quoted) {
        const ok = vpf === 3 ? parseTimestampText(t[1].text) !== undefined : vpf === 1 && /^[0-9A-Fa-f]{14}$/.test(t[1].text);
        if (!ok) return reply(ERROR);
        next.vp = t[1].text.toUpperCase();
      } else {
        const vp = intToken(t[1], 0, 255);
        if (vp === undefined) return reply(ERROR);
        next.vp = vp;
      }
    } else if (vpf === 2 && typeof next.vp !== 'number') {
      next.vp = 167;
    }
    if (t[2] !== undefined) {
      const pid = intToken(t[2], 0, 255);
      if (pid === undefined) return reply(ERROR);
      next.pid = pid;
    }
    if (t[3] !== undefined) {
      const dcs = intToken(t[3], 0, 255);
      if (dcs === undefined) return reply(ERROR);
      next.dcs = dcs;
    }
    ctx.state.sms.csmp = next;
    return reply(OK);
  },
};

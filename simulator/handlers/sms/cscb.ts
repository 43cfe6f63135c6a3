// SIM767XX §7.2.5 AT+CSCB Select cell broadcast message types (27.005 §3.3.4). <mode> 0 adds
// the listed <mids>/<dcss> to those accepted, 1 removes them. AUTO_SAVE.
// Per the manual's §7.1 table of SIM767XX differences, "parameters are not allowed to be
// omitted": AT+CSCB=<mode>,<mids>,<dcss> only, else ERROR.
// The read form: the §7.2.5 note says it lists the accepted types with <mode> 0, or <mode> 1
// when there are none; the example of a module never configured shows a bare OK. Both are
// kept: never written → OK alone; otherwise `+CSCB: 0,"<mids>","<dcss>"` or `+CSCB: 1,"",""`.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { formatRangeList, parseRangeList, subtractRanges, unionRanges } from '../../sms/range-list.js';
import { intToken, isFinal, tokens } from './common.js';

export const cscb: CommandHandler = {
  name: '+CSCB',
  argumentCheck: 'own',
  read: (ctx) => {
    const cb = ctx.state.sms.cb;
    if (!cb.configured) return reply(OK);
    if (cb.mids === '') return reply(OK, ['+CSCB: 1,"",""']);
    return reply(OK, [`+CSCB: 0,"${cb.mids}","${cb.dcss}"`]);
  },
  write: (ctx) => {
    const t = tokens(ctx);
    if (isFinal(t)) return reply(t);
    if (t.length !== 3) return reply(ERROR);
    const mode = intToken(t[0], 0, 1);
    if (mode === undefined || !t[1]?.quoted || !t[2]?.quoted) return reply(ERROR);
    const mids = parseRangeList(t[1].text, 65535);
    const dcss = parseRangeList(t[2].text, 255);
    if (!mids || !dcss) return reply(ERROR);
    const cb = ctx.state.sms.cb;
    const currentMids = parseRangeList(cb.mids) ?? [];
    const currentDcss = parseRangeList(cb.dcss) ?? [];
    if (mode === 0) {
      cb.mids = formatRangeList(unionRanges(currentMids, mids));
      cb.dcss = formatRangeList(unionRanges(currentDcss, dcss));
    } else {
      cb.mids = formatRangeList(subtractRanges(currentMids, mids));
      cb.dcss = formatRangeList(subtractRanges(currentDcss, dcss));
    }
    cb.configured = true;
    return reply(OK);
  },
};

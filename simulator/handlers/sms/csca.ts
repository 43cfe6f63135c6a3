// SIM767XX §7.2.4 AT+CSCA SMS service centre address (27.005 §3.3.1). <sca> in the TE
// character set; <tosca> defaults to 145 when <sca> starts with "+", else 129. Kept on the SIM
// (EF_SMSP), AUTO_SAVE (the table's saving mode is empty; §7.2.4 prints AUTO_SAVE).
// Deviation: the manual's read example prints `"+8613010314500", 145` with a space; 27.005
// and field captures (the EG25-G seed: `+CSCA: "+1234567890",145`) print none.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { parseAddressText } from '../../sms/codec/address.js';
import { smsSimError } from '../../sms/sim-errors.js';
import { toTe } from '../../sms/te-charset.js';
import { cms, CMS, intToken, isFinal, smsOf, teStringToken, tokens } from './common.js';

export const csca: CommandHandler = {
  name: '+CSCA',
  argumentCheck: 'own',
  read: (ctx) => {
    const sim = smsSimError(ctx.state.sim);
    if (sim) return reply(sim);
    const { sms, charset } = smsOf(ctx);
    return reply(OK, [`+CSCA: "${toTe(sms.sca.number, charset)}",${sms.sca.toa}`]);
  },
  write: (ctx) => {
    const sim = smsSimError(ctx.state.sim);
    if (sim) return reply(sim);
    const t = tokens(ctx);
    if (isFinal(t)) return reply(t);
    if (t.length < 1 || t.length > 2) return reply(ERROR);
    const { sms, charset } = smsOf(ctx);
    const text = teStringToken(t[0], charset);
    if (text === undefined) return reply(ERROR);
    const toa = t[1] === undefined ? undefined : intToken(t[1], 128, 255);
    if (t[1] !== undefined && toa === undefined) return reply(ERROR);
    if (text === '') {
      sms.sca = { number: '', toa: toa ?? 129 };
      return reply(OK);
    }
    const address = parseAddressText(text, toa);
    if (!address) return reply(cms(CMS.INVALID_TEXT_PARAMETER));
    sms.sca = { number: text, toa: address.toa };
    return reply(OK);
  },
};

// SIM767XX §5.2.6 AT+CGDSCONT Define Secondary PDP Context.
//
// Write <cid>,<p_cid>[,<d_comp>[,<h_comp>[,<IM_CN_Signalling_Flag_Ind>]]]: context <cid> becomes
// a secondary of primary <p_cid> (defined with +CGDCONT; +CME ERROR: 521 otherwise). <cid> must
// not be a primary itself. AT+CGDSCONT=<cid> undefines it (515 while active). Read:
// +CGDSCONT: <cid>,<p_cid>,<d_comp>,<h_comp>,<IM_CN_Signalling_Flag_Ind>, the compressions empty
// unless given — the manual's example prints "+CGDSCONT: 2,1,,,0" after AT+CGDSCONT=2,1.
// Activation (+CGACT=1,<cid>) needs the primary active and shares its address. NO_SAVE.

import { reply, type CommandHandler } from '../../core/handler.js';
import { cme, ERROR, OK } from '../../core/result.js';
import { PDP_CME } from '../../network/pdp.js';
import { CID_RULE, parseArgs } from '../network/args.js';

export const cgdscont: CommandHandler = {
  name: '+CGDSCONT',
  argumentCheck: 'own',
  read: (ctx) => {
    const list = Object.values(ctx.state.packet.secondaries).sort((a, b) => a.cid - b.cid);
    return reply(OK, list.map((s) => `+CGDSCONT: ${s.cid},${s.pCid},${s.dComp ?? ''},${s.hComp ?? ''},${s.imCnSignalling}`));
  },
  write: (ctx) => {
    const parsed = parseArgs(ctx.argText, [
      CID_RULE(),
      { name: 'p_cid', kind: 'int', optional: true, min: 1, max: 15 },
      { name: 'd_comp', kind: 'int', optional: true, values: [0, 1, 2] },
      { name: 'h_comp', kind: 'int', optional: true, values: [0, 1] },
      { name: 'IM_CN_Signalling_Flag_Ind', kind: 'int', optional: true, values: [0, 1] },
    ]);
    if (!parsed.ok) return reply(ERROR);
    const [cid, pCid, dComp, hComp, imCn] = parsed.values as Array<number | undefined>;
    const packet = ctx.state.packet;
    if (pCid === undefined) {
      if (dComp !== undefined || hComp !== undefined || imCn !== undefined) return reply(ERROR);
      if (packet.contexts[cid!]) return reply(cme(PDP_CME.CID_ACTIVE));
      delete packet.secondaries[cid!];
      return reply(OK);
    }
    if (cid === pCid || packet.definitions[cid!]) return reply(ERROR);
    if (!packet.definitions[pCid]) return reply(cme(PDP_CME.CID_NOT_DEFINED));
    if (packet.contexts[cid!]) return reply(cme(PDP_CME.CID_ACTIVE));
    packet.secondaries[cid!] = { cid: cid!, pCid, imCnSignalling: imCn ?? 0, ...(dComp !== undefined ? { dComp } : {}), ...(hComp !== undefined ? { hComp } : {}) };
    return reply(OK);
  },
};

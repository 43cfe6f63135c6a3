// SIM767XX §5.2.8 AT+CGDATA Enter data state.
//
// AT+CGDATA=[<L2P>,[<cid>]]: the manual's note: "This AT command is not fully followed the 3GPP
// 27.007, execution command just trigger MT to activate a PDP context, just same as:
// +CGACT=1,<cid>" and "If PDP activation success, MT issues the result code: OK, not: CONNECT,
// as not support V.250 online data state now" — so this activates <cid> (default 1) and answers
// OK; the write form's "CONNECT" response is not used (the data state behind CONNECT is
// ATD*99#, §2.2.1). <L2P>: "M-PT" only. NO_SAVE.

import { reply, type CommandHandler } from '../../core/handler.js';
import { cme, ERROR, OK } from '../../core/result.js';
import { activateContext, PDP_CME } from '../../network/pdp.js';
import { CID_RULE, parseArgs } from '../network/args.js';
import { ensureAttached } from './attach.js';

export const cgdata: CommandHandler = {
  name: '+CGDATA',
  argumentCheck: 'own',
  write: async (ctx) => {
    const parsed = parseArgs(ctx.argText, [{ name: 'L2P', kind: 'string', optional: true, values: ['M-PT'] }, CID_RULE(true)]);
    if (!parsed.ok) return reply(ERROR);
    const cid = (parsed.values[1] as number | undefined) ?? 1;
    if (!ctx.state.packet.definitions[cid] && !ctx.state.packet.secondaries[cid]) return reply(cme(PDP_CME.CID_NOT_DEFINED));
    const attachErr = await ensureAttached(ctx, 45_000);
    if (attachErr) return reply(attachErr);
    return reply((await activateContext(ctx.state, ctx.modem, cid, 'command')) ?? OK);
  },
};

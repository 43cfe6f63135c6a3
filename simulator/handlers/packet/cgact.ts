// SIM767XX §5.2.4 AT+CGACT PDP context activate or deactivate.
//
// Read: +CGACT: <cid>,<state> for every defined context (primary and secondary).
// Write <state>[,<cid>]: 1 activates <cid> (without <cid>: every defined context), attaching
// first if needed; each activation takes `world.packet.activationMs` and reports
// "+CGEV: ME PDN ACT <cid>" (+CGEREP=1). 0 deactivates ("+CGEV: ME PDN DEACT <cid>"); an
// inactive context is left as it is. Errors (manual §25.3): 521 "CID is not defined", and the
// network's refusals (simulator/network/pdp.ts). Blocking up to the manual's 45 s. NO_SAVE.
// <cid> is 1-15 (the manual's "1…15"; the table reads it as the single value 115).

import { reply, type CommandHandler } from '../../core/handler.js';
import { cme, ERROR, OK } from '../../core/result.js';
import { activateContext, deactivateContext, PDP_CME } from '../../network/pdp.js';
import { networkWorld } from '../../network/world.js';
import { CID_RULE, parseArgs } from '../network/args.js';
import { ensureAttached } from './attach.js';

const CGACT_MAX_MS = 45_000;

export function definedCids(ctx: { state: { packet: { definitions: Record<number, unknown>; secondaries: Record<number, unknown> } } }): number[] {
  const p = ctx.state.packet;
  return [...new Set([...Object.keys(p.definitions), ...Object.keys(p.secondaries)].map(Number))].sort((a, b) => a - b);
}

export const cgact: CommandHandler = {
  name: '+CGACT',
  argumentCheck: 'own',
  read: (ctx) => reply(OK, definedCids(ctx).map((cid) => `+CGACT: ${cid},${ctx.state.packet.contexts[cid]?.status === 'active' ? 1 : 0}`)),
  write: async (ctx) => {
    const parsed = parseArgs(ctx.argText, [{ name: 'state', kind: 'int', values: [0, 1] }, CID_RULE(true)]);
    if (!parsed.ok) return reply(ERROR);
    const [state, cid] = parsed.values as [number, number | undefined];
    const defined = definedCids(ctx);
    if (cid !== undefined && !defined.includes(cid)) return reply(cme(PDP_CME.CID_NOT_DEFINED));
    if (state === 0) {
      const cids = cid !== undefined ? [cid] : Object.keys(ctx.state.packet.contexts).map(Number);
      const any = cids.some((c) => ctx.state.packet.contexts[c]);
      if (any) await ctx.modem.clock.sleep(networkWorld(ctx.modem).packet.activationMs / 2);
      for (const c of cids) deactivateContext(ctx.state, ctx.modem, c, 'me');
      return reply(OK);
    }
    const attachErr = await ensureAttached(ctx, CGACT_MAX_MS);
    if (attachErr) return reply(attachErr);
    for (const c of cid !== undefined ? [cid] : defined) {
      const err = await activateContext(ctx.state, ctx.modem, c, 'command');
      if (err) return reply(err);
    }
    return reply(OK);
  },
};

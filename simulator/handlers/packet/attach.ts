// Shared by the packet-domain handlers that need the PS attach (+CGATT=1, +CGACT=1, +CGDATA,
// ATD*99#): 27.007 §10.1.10 "If the MT is not PS attached when the activation of a PDP context
// is requested, the MT first performs a PS attach".

import type { CommandContext } from '../../core/handler.js';
import { cme, type Final } from '../../core/result.js';
import { evaluate, isRegistered, waitUntil } from '../../network/radio.js';
import { radioOn } from '../../state/network.js';
import { simUnavailable } from '../../state/sim.js';

/** +CME ERROR: 55 "operation not allowed because of MT functionality restrictions" (manual §25.3). */
export const CME_FUNCTIONALITY_RESTRICTED = 55;
/** +CME ERROR: 30 "no nw service" (manual §25.3). */
export const CME_NO_SERVICE = 30;

/** Attaches if needed, waiting up to `timeoutMs`; resolves to an error, or undefined once registered. */
export async function ensureAttached(ctx: CommandContext, timeoutMs: number): Promise<Final | undefined> {
  const net = ctx.state.network;
  if (isRegistered(ctx.state)) return undefined;
  if (!radioOn(net)) return cme(CME_FUNCTIONALITY_RESTRICTED);
  const sim = simUnavailable(ctx.state.sim, true);
  if (sim) return sim;
  net.psDetached = false;
  evaluate(ctx.state, ctx.modem, { cause: 'me' });
  const ok = await waitUntil(ctx.modem, () => isRegistered(ctx.state) || net.registration.phase === 'denied', timeoutMs);
  return ok && isRegistered(ctx.state) ? undefined : cme(CME_NO_SERVICE);
}

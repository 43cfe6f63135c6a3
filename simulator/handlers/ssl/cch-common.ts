// What the AT+CCH* handlers share: clearing a session's client context, and closing a session on
// the module's initiative (AT+CCHCLOSE, AT+CCHSTOP).

import type { CommandContext } from '../../core/handler.js';
import { cchRuntimeOf, releaseSession } from '../../cch/runtime.js';
import { freshClientContext, type CchSession } from '../../state/cch.js';

/**
 * "The setting will be cleared after AT+CCHOPEN failed or AT+CCHCLOSE" (§17.2.10-17.2.11): the
 * send timeout and SSL context of the session go back to their defaults. The context the session
 * uses (AT+CCHCFG "CID"/"SCID") is a setting of the service, kept until AT+CCHSTOP.
 */
export function clearClientContext(session: CchSession): void {
  session.client = { ...freshClientContext(), ...(session.client.cid !== undefined ? { cid: session.client.cid } : {}) };
}

export interface Closing {
  /** The session was in transparent mode. */
  transparent: boolean;
  /** Its data session (suspended by +++) is on the channel running the command: end it there. */
  hangupHere: boolean;
  /** Resolves when the connection is down. */
  closed: Promise<void>;
}

/**
 * Closes open session `n`: forgets it, clears its client context and its cache, and closes the
 * connection gracefully. A transparent session whose data session is on another channel ends
 * there with NO CARRIER. Undefined when the session is not open.
 */
export function closeSession(ctx: CommandContext, n: number): Closing | undefined {
  const { state, modem: services } = ctx;
  const session = state.cch.sessions[n]!;
  const lifecycle = session.lifecycle;
  if (lifecycle?.status !== 'open') return undefined;
  const runtime = cchRuntimeOf(services).sessions[n];
  releaseSession(state, services, n);
  clearClientContext(session);
  session.rx = [];
  session.rxNotified = false;
  const hangupHere = lifecycle.transparent && lifecycle.channel === ctx.channel;
  if (lifecycle.transparent && !hangupHere) runtime?.transparentClosed?.();
  services.log(`cch: session ${n} closed by the module`);
  return { transparent: lifecycle.transparent, hangupHere, closed: runtime ? runtime.conn.close() : Promise.resolve() };
}

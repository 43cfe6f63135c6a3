// The bearer of a data connection: the PDP context (EPS bearer) it rides on, with the address
// the network gave the module. A connection may only be opened on a bearer that is up — the
// module registered (home or roaming) and the context active with an IPv4 address — and is
// closed when that stops being true (simulator/internet/internet.ts supervises this).

import { isRegistered } from '../network/radio.js';
import type { ModemState } from '../state/modem-state.js';
import { activeContext } from '../state/packet.js';

export interface Bearer {
  /** The PDP context id. */
  cid: number;
  /** The module's IPv4 address on it. */
  address: string;
}

export type BearerCheck = { ok: true; bearer: Bearer } | { ok: false; reason: 'not-registered' | 'context-inactive' | 'no-ipv4' };

/** The bearer of context `cid`, or why there is none now. */
export function contextBearer(state: ModemState, cid: number): BearerCheck {
  if (!isRegistered(state)) return { ok: false, reason: 'not-registered' };
  const ctx = activeContext(state.packet, cid);
  if (!ctx) return { ok: false, reason: 'context-inactive' };
  if (!ctx.address) return { ok: false, reason: 'no-ipv4' };
  return { ok: true, bearer: { cid, address: ctx.address } };
}

/** Whether `bearer` is still up (same context, same address). */
export function bearerUp(state: ModemState, bearer: Bearer): boolean {
  const now = contextBearer(state, bearer.cid);
  return now.ok && now.bearer.address === bearer.address;
}

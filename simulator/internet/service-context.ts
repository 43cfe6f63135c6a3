// The PDP context a data service starts on. The services that start "by activating PDP
// context" — AT+NETOPEN (§13.2.1), AT+CFTPSSTART (§15.2.1), AT+CMQTTSTART (§16.2.1), AT+WSSTART
// (§23.2.1) — bring their context up the same way: a context that is not active is activated as
// AT+CGACT does (simulator/network/pdp.ts), and is then the service's to release when it stops;
// one already active (the EPS default bearer on context 1) is used as it is, after the service's
// own start-up time (each service's figure). Not registered: nothing is tried.
//
// The caller checks what it needs once the work is done (the power cycle, its own state, the
// address): the module may have lost registration or the context meanwhile.

import type { ModemServices } from '../core/handler.js';
import { activateContext } from '../network/pdp.js';
import { isRegistered } from '../network/radio.js';
import type { ModemState } from '../state/modem-state.js';
import { activeContext } from '../state/packet.js';

/** `activatedByUs`: the service activated the context (and deactivates it when it stops). */
export type ServiceContextStart = { ok: true; activatedByUs: boolean } | { ok: false };

/** Brings context `cid` up for a service whose start-up on an active context takes `startMs`. */
export async function bringUpServiceContext(state: ModemState, services: ModemServices, cid: number, startMs: number): Promise<ServiceContextStart> {
  if (!isRegistered(state)) return { ok: false };
  if (activeContext(state.packet, cid)) {
    await services.clock.sleep(startMs);
    return { ok: true, activatedByUs: false };
  }
  const error = await activateContext(state, services, cid, 'command');
  return error === undefined ? { ok: true, activatedByUs: true } : { ok: false };
}

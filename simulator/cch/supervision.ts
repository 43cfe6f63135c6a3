// The SSL client follows its bearers (manual §17.4 "+CCH:CCH STOP  CCH stopped caused by network
// error"): when the PDP context the service started on goes, or the module leaves registration
// (+CFUN=0, coverage lost, detach), every session on it is closed ("+CCH_RECV_CLOSED:
// <session_id>,9", runtime.ts) and the service stops with "+CCH:CCH STOP" (printed as the
// manual's URC table has it, without a space after the colon). AT+CCHSTART must be run again.
// Runs as the cch slice's react hook.

import type { ModemServices } from '../core/handler.js';
import { bearerUp } from '../internet/bearer.js';
import type { ModemState, ReactEvent } from '../state/modem-state.js';
import { cchRuntimeOf } from './runtime.js';

export const CCH_STOP_URC = '+CCH:CCH STOP';

export function reactCch(state: ModemState, services: ModemServices, event: ReactEvent): void {
  if (event.cause === 'ready') return;
  const c = state.cch;
  for (const [key, service] of Object.entries(c.service)) {
    if (service.status !== 'started') continue;
    const cid = Number(key);
    if (bearerUp(state, { cid, address: service.address })) continue;
    const runtime = cchRuntimeOf(services);
    c.sessions.forEach((session, n) => {
      const lifecycle = session.lifecycle;
      // A session still opening fails on its own (cchopen.ts checks the service after connecting).
      if (lifecycle?.status !== 'open' || lifecycle.cid !== cid) return;
      // Closed with cause `bearer`: reported by the connection's close listener (runtime.ts).
      runtime.sessions[n]?.conn.abort('bearer');
      session.lifecycle = undefined;
    });
    delete c.service[cid];
    services.log(`cch: service stopped on context ${cid} (bearer lost)`);
    services.urc(CCH_STOP_URC);
  }
}

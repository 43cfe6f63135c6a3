// The socket service follows its bearers (manual §13.4): when the PDP context a service is open
// on goes, or the module leaves registration (+CFUN=0, coverage lost, detach), the service
// becomes "broken" and the module reports
//     +CIPEVENT: NETWORK CLOSED UNEXPECTEDLY
// then each link that was open on it "+IPCLOSE: <link>,1" (closed passively: the data path is
// gone). The service stays "opened" for AT+NETOPEN? until AT+NETCLOSE releases it, as the
// manual's URC table describes. Runs as the tcpip slice's react hook, which also supervises the
// whole data-connection layer (simulator/internet/internet.ts: every connection of every
// service whose bearer went is closed with cause `bearer`).

import type { ModemServices } from '../core/handler.js';
import { contextBearer } from '../internet/bearer.js';
import { internetOf } from '../internet/internet.js';
import type { ModemState, ReactEvent } from '../state/modem-state.js';

export function reactTcpip(state: ModemState, services: ModemServices, event: ReactEvent): void {
  if (event.cause === 'ready') return;
  const t = state.tcpip;
  for (const [key, service] of Object.entries(t.service)) {
    if (service.status !== 'open') continue;
    const now = contextBearer(state, Number(key));
    if (now.ok && now.bearer.address === service.address) continue;
    t.service[Number(key)] = { status: 'broken', activatedByUs: service.activatedByUs };
    services.log(`tcpip: network closed on context ${key} (${now.ok ? 'address changed' : now.reason})`);
    services.urc('+CIPEVENT: NETWORK CLOSED UNEXPECTEDLY');
  }
  internetOf(services).supervise(state);
}

// The HTTP(S) service follows its bearer (manual §14.4): when the PDP context it was started on
// goes down, or the module leaves registration (+CFUN=0, coverage lost, detach), the module
// reports "+HTTP_NONET_EVENT" ("now the network is unavailable"), once per loss. The connection
// to the server is gone with the bearer (the internet layer closes it: simulator/internet/
// internet.ts `supervise`, run by the TCP/IP slice's react hook before this one); a request in
// progress ends with <errcode> 717 "No network error". The service stays started: once the bearer
// is back (the network's default bearer after re-registration, or AT+CGACT), requests work again.
// Runs as the http slice's react hook.

import type { ModemServices } from '../core/handler.js';
import { contextBearer } from '../internet/bearer.js';
import type { ModemState, ReactEvent } from '../state/modem-state.js';

export function reactHttp(state: ModemState, services: ModemServices, event: ReactEvent): void {
  if (event.cause === 'ready') return;
  const service = state.http.service;
  if (service.status !== 'started') return;
  const up = contextBearer(state, service.cid).ok;
  if (service.networkUp === up) return;
  service.networkUp = up;
  if (up) {
    services.log(`http: the bearer on context ${service.cid} is back`);
    return;
  }
  services.log(`http: the bearer on context ${service.cid} is gone`);
  services.urc('+HTTP_NONET_EVENT');
}

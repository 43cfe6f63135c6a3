// The MQTT service follows its bearer (manual §16.4): when the PDP context the service was
// started on goes (deactivated, detach, +CFUN=0, coverage lost), every connected client reports
//     +CMQTTCONNLOST: <client_index>,3          (3: "Network is closed")
// and then the module reports
//     +CMQTTNONET
// "If received this message, you should restart the MQTT service by AT+CMQTTSTART": the service
// is stopped and its clients released (our reading: AT+CMQTTACCQ "must be called after
// AT+CMQTTSTART", so a client does not outlive the service). Runs as the mqtt slice's react hook,
// after the TCP/IP slice's, which closes every connection whose bearer went (cause `bearer`).

import type { ModemServices } from '../core/handler.js';
import { contextBearer } from '../internet/bearer.js';
import type { ModemState, ReactEvent } from '../state/modem-state.js';
import { freshClient } from '../state/mqtt.js';
import { mqttRuntimeOf } from './session.js';

export function reactMqtt(state: ModemState, services: ModemServices, event: ReactEvent): void {
  if (event.cause === 'ready') return;
  const m = state.mqtt;
  if (m.service.status !== 'started') return;
  const bearer = contextBearer(state, m.service.cid);
  if (bearer.ok) return;
  services.log(`mqtt: network closed on context ${m.service.cid} (${bearer.reason})`);
  const runtime = mqttRuntimeOf(services);
  for (const session of runtime.sessions) session?.conn.abort('bearer');
  m.service = { status: 'stopped' };
  m.clients = m.clients.map(() => freshClient());
  services.urc('+CMQTTNONET');
}

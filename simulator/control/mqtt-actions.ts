// Control actions of the MQTT service (manual chapter 16): what the module's clients are doing,
// and the server side of a connection going wrong without a broker to misbehave.
//
//   modem-sim mqtt status --pty /dev/pts/3
//   modem-sim mqtt drop --pty /dev/pts/3 --client 0           (+CMQTTCONNLOST: 0,1)
//   modem-sim mqtt drop --pty /dev/pts/3 --client 0 --reset   (+CMQTTCONNLOST: 0,2)
//
// "mqtt drop" ends the client's connection as the server would: closed (FIN) or reset (RST), the
// socket really closed, so the broker sees the module go without DISCONNECT (and publishes its will).

import type { Modem } from '../core/modem.js';
import { dropSession, mqttRuntimeOf } from '../mqtt/session.js';
import { ControlError, rangedParam, type ControlAction } from './action.js';

function status(modem: Modem) {
  if (modem.power !== 'on') return { power: modem.power };
  const m = modem.state.mqtt;
  const runtime = mqttRuntimeOf(modem.services());
  return {
    service: m.service,
    cid: m.cid,
    clients: m.clients.map((c, index) => {
      const session = runtime.sessions[index];
      return {
        index,
        acquired: c.acquired ?? null,
        connection: c.connection.status,
        ...(c.connection.status !== 'disconnected' ? { server: c.connection.params.server.text, keepalive: c.connection.params.keepaliveS } : {}),
        subscriptions: c.subscriptions,
        config: c.config,
        sslContext: c.sslContext ?? null,
        ...(session ? { bytesSent: session.conn.bytesSent, bytesReceived: session.conn.bytesReceived, remote: session.conn.remote } : {}),
      };
    }),
  };
}

export const mqttActions: readonly ControlAction[] = [
  {
    name: 'mqtt status',
    summary: 'The MQTT service, its two clients, their connections and subscriptions',
    params: {},
    run: (modem) => status(modem),
  },
  {
    name: 'mqtt drop',
    summary: 'The server ends a client\'s connection: closed (+CMQTTCONNLOST: <i>,1) or, with --reset, reset (2)',
    params: {
      client: { type: 'number', description: 'client index 0-1', required: true },
      reset: { type: 'boolean', description: 'reset the connection instead of closing it' },
    },
    run: (modem, p) => {
      if (modem.power !== 'on') throw new ControlError('mqtt drop: the module is off');
      const index = rangedParam(p, 'client', 0, 1)!;
      if (!dropSession(modem.services(), index, p.reset === true ? 'error' : 'remote')) throw new ControlError(`mqtt drop: client ${index} has no connection`);
      return status(modem);
    },
  },
];

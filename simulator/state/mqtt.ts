// The MQTT(S) service of chapter 16: whether it is started (AT+CMQTTSTART/STOP) on which PDP
// context, the two client indexes of AT+CMQTTACCQ with their settings (AT+CMQTTCFG,
// AT+CMQTTSSLCFG), will (AT+CMQTTWILLTOPIC/WILLMSG), the publish message being composed
// (AT+CMQTTTOPIC/PAYLOAD) and the connection to a server (AT+CMQTTCONNECT/DISC).
//
// Saving: every command of the chapter is "-" (no saving, manual §16.2.1-16.2.15): nothing
// survives a power cycle. The MQTT clients themselves (MQTT.js over the module's connection) live
// in the Modem's attachments (simulator/mqtt/session.ts) and close at power-off.
//
// Lifecycles:
//   service:    stopped → starting (the context being activated) → started → (AT+CMQTTSTOP, or
//               the bearer lost: +CMQTTNONET) stopped
//   connection: disconnected → connecting → connected → disconnecting → disconnected; a connection
//               the server or the network ends goes straight to disconnected (+CMQTTCONNLOST)

import { reactMqtt } from '../mqtt/supervision.js';
import { defineSlice } from './modem-state.js';

/** Client indexes 0-1 (manual §16.2.3). */
export const MQTT_CLIENTS = 2;

export type MqttService = { status: 'stopped' } | { status: 'starting'; cid: number } | { status: 'started'; cid: number; activatedByUs: boolean };

/** A parsed <server_addr>: "tcp://host[:port]" (TLS per the client's server type) or "ssl://host[:port]". */
export interface ServerAddress {
  /** As typed: AT+CMQTTCONNECT? prints it back. */
  text: string;
  host: string;
  port: number;
  tls: boolean;
}

export interface ConnectParams {
  server: ServerAddress;
  keepaliveS: number;
  cleanSession: number;
  userName?: string;
  password?: string;
}

export type MqttConnection =
  | { status: 'disconnected' }
  | { status: 'connecting'; params: ConnectParams }
  | { status: 'connected'; params: ConnectParams }
  | { status: 'disconnecting'; params: ConnectParams };

/** AT+CMQTTCFG per client: cleared by AT+CMQTTREL (§16.2.15 note). */
export interface MqttClientConfig {
  /** <checkUTF8_flag>: 1 (default) checks that topics and messages typed at the prompt are UTF-8. */
  checkUtf8: number;
  /** <optimeout_val>, seconds (20-120, default 120): the longest wait for a send or receive. */
  opTimeoutS: number;
  /** 3 MQTT 3.1 (default), 4 MQTT 3.1.1. */
  version: number;
}

export interface MqttClientSlot {
  /** AT+CMQTTACCQ: the client identifier and whether its server is SSL/TLS (<server_type> 1). */
  acquired?: { clientId: string; ssl: boolean };
  config: MqttClientConfig;
  /** AT+CMQTTSSLCFG: the SSL context; unset: the context numbered like the client (§16.2.8 note). */
  sslContext?: number;
  will: { topic?: Buffer; message?: Buffer; qos: number };
  /** AT+CMQTTTOPIC / AT+CMQTTPAYLOAD: the next publish message (cleared by AT+CMQTTPUB). */
  topic?: Buffer;
  payload?: Buffer;
  connection: MqttConnection;
  /** Topic filters subscribed on the current connection (AT+CMQTTSUB?). */
  subscriptions: string[];
}

export interface MqttState {
  service: MqttService;
  clients: MqttClientSlot[];
  /** AT+CMQTTCFG "cid": the context AT+CMQTTSTART uses without <cid>. */
  cid: number;
  /** AT+CMQTTCFG "scid": the context each client connects over (default: the service's). */
  scid: Array<number | undefined>;
}

declare module './modem-state.js' {
  interface ModemState {
    mqtt: MqttState;
  }
}

export function defaultClientConfig(): MqttClientConfig {
  return { checkUtf8: 1, opTimeoutS: 120, version: 3 };
}

export function freshClient(): MqttClientSlot {
  return { config: defaultClientConfig(), will: { qos: 0 }, connection: { status: 'disconnected' }, subscriptions: [] };
}

export function freshMqtt(): MqttState {
  return { service: { status: 'stopped' }, clients: Array.from({ length: MQTT_CLIENTS }, freshClient), cid: 1, scid: [undefined, undefined] };
}

/** The context client `index` connects over: its "scid", else the service's, else "cid". */
export function clientCid(m: MqttState, index: number): number {
  return m.scid[index] ?? (m.service.status === 'stopped' ? m.cid : m.service.cid);
}

export const mqttSlice = defineSlice({
  key: 'mqtt',
  create: () => freshMqtt(),
  // The service follows its bearer (simulator/mqtt/supervision.ts; called through a function:
  // supervision.ts imports this module back).
  react: (state, services, event) => reactMqtt(state, services, event),
});

// <server_addr> of AT+CMQTTCONNECT (manual §16.2.8): "The string should be like this
// "tcp://116.247.119.165:5141", must begin with "tcp://". If the <server_addr> not include the
// port, the default port is 1883." 9-256 bytes. The host is an IPv4 address or a name (resolved
// by the module's DNS, simulator/internet/resolver.ts).
//
// Deviation: "ssl://host[:port]" is accepted too and always means TLS (default port 8883, the
// IANA port of MQTT over TLS), for hosts written the way MQTT.js and most brokers write them;
// "tcp://" is TLS or not as the client's <server_type> of AT+CMQTTACCQ says.

import type { ServerAddress } from '../state/mqtt.js';

export const MIN_SERVER_ADDR = 9;
export const MAX_SERVER_ADDR = 256;

/** The address, or undefined when it is not one the module takes. */
export function parseServerAddress(text: string): ServerAddress | undefined {
  if (text.length < MIN_SERVER_ADDR || text.length > MAX_SERVER_ADDR) return undefined;
  const m = /^(tcp|ssl):\/\/([A-Za-z0-9.-]+)(?::(\d{1,5}))?\/?$/i.exec(text);
  if (!m) return undefined;
  const tls = m[1]!.toLowerCase() === 'ssl';
  const port = m[3] === undefined ? (tls ? 8883 : 1883) : Number(m[3]);
  if (port < 1 || port > 65535) return undefined;
  return { text, host: m[2]!, port, tls };
}

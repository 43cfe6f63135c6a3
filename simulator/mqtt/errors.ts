// The result codes of chapter 16 (manual §16.3.1 <err>), printed as a number after the client
// index in +CMQTTSTART/+CMQTTSTOP (service) and +CMQTT<command>: <client_index>,<err> (clients);
// and the <cause> of +CMQTTCONNLOST (§16.4). The texts are the command table's
// (simulator/spec/generated/errors.json, table 16.3.1); errors.test.ts checks the names below
// against them.

/** §16.3.1 <err>. */
export const MQTT_ERR = {
  OK: 0,
  FAILED: 1,
  BAD_UTF8: 2,
  SOCK_CONNECT_FAIL: 3,
  SOCK_CREATE_FAIL: 4,
  SOCK_CLOSE_FAIL: 5,
  MESSAGE_RECEIVE_FAIL: 6,
  NETWORK_OPEN_FAIL: 7,
  NETWORK_CLOSE_FAIL: 8,
  NETWORK_NOT_OPENED: 9,
  CLIENT_INDEX_ERROR: 10,
  NO_CONNECTION: 11,
  INVALID_PARAMETER: 12,
  NOT_SUPPORTED: 13,
  CLIENT_BUSY: 14,
  REQUIRE_CONNECTION_FAIL: 15,
  SOCK_SENDING_FAIL: 16,
  TIMEOUT: 17,
  TOPIC_EMPTY: 18,
  CLIENT_USED: 19,
  CLIENT_NOT_ACQUIRED: 20,
  CLIENT_NOT_RELEASED: 21,
  LENGTH_OUT_OF_RANGE: 22,
  NETWORK_OPENED: 23,
  PACKET_FAIL: 24,
  DNS_ERROR: 25,
  CLOSED_BY_SERVER: 26,
  REFUSED_PROTOCOL_VERSION: 27,
  REFUSED_IDENTIFIER: 28,
  REFUSED_SERVER_UNAVAILABLE: 29,
  REFUSED_BAD_CREDENTIALS: 30,
  REFUSED_NOT_AUTHORIZED: 31,
  HANDSHAKE_FAIL: 32,
  NO_CERTIFICATE: 33,
  OPEN_SESSION_FAILED: 34,
  DISCONNECT_FAILED: 35,
} as const;

/** §16.4 +CMQTTCONNLOST <cause>. */
export const CONNLOST_CAUSE = {
  /** The socket is closed passively (the server closed it, or stopped answering pings). */
  CLOSED: 1,
  /** The socket is reset. */
  RESET: 2,
  /** The network is closed (the bearer went). */
  NETWORK: 3,
} as const;

/** The <err> for a CONNACK return code 1-5 (MQTT 3.1.1 §3.2.2.3): 27-31, in the same order. */
export function connackError(returnCode: number): number {
  return returnCode >= 1 && returnCode <= 5 ? MQTT_ERR.REFUSED_PROTOCOL_VERSION + returnCode - 1 : MQTT_ERR.FAILED;
}

// The result codes of chapter 13 (manual §13.3): <err> (§13.3.2), printed as a number in
// +NETOPEN, +NETCLOSE, +CIPOPEN, +CIPCLOSE, +CIPERROR, +SERVERSTOP; and <err_info> (§13.3.1),
// printed after "+IP ERROR: " as text or, with AT+CIPCCFG <errMode> 0, as its number. The texts
// come from the command table's error tables (simulator/spec/generated/errors.json).

import type { CommandTable } from '../spec/table.js';
import type { TcpipState } from '../state/tcpip.js';

/** §13.3.2 <err>. */
export const ERR = {
  OK: 0,
  NETWORK_FAILURE: 1,
  NETWORK_NOT_OPENED: 2,
  WRONG_PARAMETER: 3,
  NOT_SUPPORTED: 4,
  CREATE_SOCKET_FAILED: 5,
  BIND_FAILED: 6,
  SERVER_LISTENING: 7,
  BUSY: 8,
  SOCKETS_OPENED: 9,
  TIMEOUT: 10,
  DNS_FAILED: 11,
  UNKNOWN: 12,
} as const;

/** §13.3.1 <err_info>. */
export const ERR_INFO = {
  CONNECTION_TIMEOUT: 0,
  BIND_PORT_FAILED: 1,
  PORT_OVERFLOW: 2,
  CREATE_SOCKET_FAILED: 3,
  NETWORK_ALREADY_OPENED: 4,
  NETWORK_ALREADY_CLOSED: 5,
  NO_CLIENTS: 6,
  NO_ACTIVE_CLIENT: 7,
  NETWORK_NOT_OPENED: 8,
  CLIENT_INDEX_OVERFLOW: 9,
  CONNECTION_EXISTS: 10,
  CONNECTION_NOT_CREATED: 11,
  INVALID_PARAMETER: 12,
  NOT_SUPPORTED: 13,
  DNS_FAILED: 14,
  TCP_BUSY: 15,
  NETCLOSE_FAILED: 16,
  SENDING_TIMEOUT: 17,
  SENDING_FAILED: 18,
  OPEN_FAILED: 19,
  SERVER_LISTENING: 20,
  OPERATION_FAILED: 21,
  NO_DATA: 22,
} as const;

/** "+IP ERROR: <err_info>" as AT+CIPCCFG's <errMode> prints it. */
export function ipError(table: CommandTable, tcpip: TcpipState, info: number): string {
  if (tcpip.ccfg.errMode === 0) return `+IP ERROR: ${info}`;
  const text = table.errors.services.find((s) => s.section === '13.3.1')?.entries.find((e) => e.code === info)?.text;
  return `+IP ERROR: ${text ?? info}`;
}

/** +IPCLOSE <close_reason> (§13.4). */
export const CLOSE_REASON = { LOCAL: 0, REMOTE: 1, SEND_TIMEOUT: 2 } as const;

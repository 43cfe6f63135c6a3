// The result codes of the SSL client (manual §17.3.1 <err>), printed as a number in +CCHSTART,
// +CCHSTOP, +CCHOPEN, +CCHCLOSE, +CCHSEND, +CCHRECV and +CCH_RECV_CLOSED; and how a failure
// of the data-connection layer (simulator/internet/) maps onto them.

import { InternetError } from '../internet/internet.js';

/** §17.3.1 <err>. */
export const CCH_ERR = {
  OK: 0,
  ALERTING: 1,
  UNKNOWN: 2,
  BUSY: 3,
  PEER_CLOSED: 4,
  TIMEOUT: 5,
  TRANSFER_FAILED: 6,
  MEMORY: 7,
  INVALID_PARAMETER: 8,
  NETWORK: 9,
  OPEN_SESSION: 10,
  STATE: 11,
  CREATE_SOCKET: 12,
  DNS: 13,
  CONNECT_SOCKET: 14,
  HANDSHAKE: 15,
  CLOSE_SOCKET: 16,
  NONET: 17,
  SEND_TIMEOUT: 18,
  NO_CERTIFICATES: 19,
} as const;

/**
 * The <err> of a failed AT+CCHOPEN. The manual names the codes, not the cases; ours:
 *   dns → 13 "Get DNS error"; refused, unreachable, failed (reset) → 14 "Connect socket error";
 *   no answer within the connect time → 5 "Operation timeout"; the TLS handshake failed or timed
 *   out after <negotiatetime>, or the server was refused by the context's checks (CA, CN,
 *   dates: the verification is part of the handshake on the module) → 15 "Handshake error";
 *   the SSL context names a file the certificate store lacks → 19 "Not set certificates";
 *   the <bind_port> cannot be bound → 12 "Create socket error".
 */
export function openErr(e: unknown): number {
  if (!(e instanceof InternetError)) return CCH_ERR.UNKNOWN;
  switch (e.code) {
    case 'dns':
      return CCH_ERR.DNS;
    case 'refused':
    case 'unreachable':
    case 'failed':
      return CCH_ERR.CONNECT_SOCKET;
    case 'timeout':
      return CCH_ERR.TIMEOUT;
    case 'handshake':
    case 'certificate':
      return CCH_ERR.HANDSHAKE;
    case 'no-certificate':
      return CCH_ERR.NO_CERTIFICATES;
    case 'bind':
      return CCH_ERR.CREATE_SOCKET;
    case 'closed':
      return CCH_ERR.PEER_CLOSED;
  }
}

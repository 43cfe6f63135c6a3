// The result codes of chapter 14 (manual §14.3): <statuscode> (§14.3.1) is the server's HTTP
// status, printed as received; <errcode> (§14.3.2) says why there is none. Which failure gives
// which <errcode> is our reading of the table's texts, with what real modules print where we
// found it:
//   713 Get DNS failed           the server's name does not resolve
//   714 Connect socket failed    refused, or no answer within <conn_timeout> (a SIM7600 answers
//                                714 "after the timeout": github.com/botletics/SIM7500-LTE-Shield
//                                issue 7; A7670/A7608 users report 714 for unreachable servers:
//                                Xinyuan-LilyGO/LilyGo-Modem-Series issues 396, 433)
//   715 Handshake failed         the TLS handshake failed, or the SSL context refused the server
//                                (A7670 users see 715 for HTTPS failures: LilyGo-Modem-Series 162, 181)
//   719 CA missed                the SSL context names a certificate the store lacks
//   705 Timeout                  nothing from the server for <recv_timeout>
//   704 Connection closed error  the server closed before the end of its response
//   706 Receive/send socket data failed   the connection failed while sending or receiving
//   717 No network error         no bearer: not registered, the context down, or lost meanwhile
//   707 File not exists or other memory error   AT+HTTPPOSTFILE's file, AT+HTTPREADFILE's write
//   708 Invalid parameter        AT+HTTPPOSTFILE's file is not a request (<send_header> 0)
//   711 Wrong state              AT+HTTPREADFILE before a response
//   709 Network error            AT+HTTPINIT=<cid>: the context could not be activated
// A response that is not HTTP is <statuscode> 600 "Not HTTP PDU" (§14.3.1); one with more content
// than the module keeps (service.ts MAX_CONTENT_BYTES), 602 "No memory".
// Not produced: 601/603/604 of §14.3.1 (the module reports a network failure, a DNS failure and a
// busy service as the <errcode>s 717/709, 713 and ERROR), and 701 Alert state, 702 Unknown error
// (but for an unexpected failure), 703 Busy (a second request is ERROR), 710, 712, 716, 718:
// no failure of this simulator's connections corresponds to them.

import { InternetError } from '../internet/internet.js';

export const ERRCODE = {
  SUCCESS: 0,
  ALERT_STATE: 701,
  UNKNOWN: 702,
  BUSY: 703,
  CONNECTION_CLOSED: 704,
  TIMEOUT: 705,
  SOCKET_DATA_FAILED: 706,
  FILE_ERROR: 707,
  INVALID_PARAMETER: 708,
  NETWORK_ERROR: 709,
  SSL_SESSION_FAILED: 710,
  WRONG_STATE: 711,
  CREATE_SOCKET_FAILED: 712,
  DNS_FAILED: 713,
  CONNECT_FAILED: 714,
  HANDSHAKE_FAILED: 715,
  CLOSE_SOCKET_FAILED: 716,
  NO_NETWORK: 717,
  SEND_TIMEOUT: 718,
  CA_MISSED: 719,
} as const;

/** §14.3.1 codes the module itself reports in place of a server's status. */
export const STATUS = { NOT_HTTP_PDU: 600, NETWORK_ERROR: 601, NO_MEMORY: 602, DNS_ERROR: 603, STACK_BUSY: 604 } as const;

/** The <errcode> for a connection that could not be opened. */
export function openErrcode(e: unknown): number {
  if (!(e instanceof InternetError)) return ERRCODE.UNKNOWN;
  switch (e.code) {
    case 'dns':
      return ERRCODE.DNS_FAILED;
    case 'refused':
    case 'timeout':
    case 'unreachable':
    case 'failed':
    case 'closed':
    case 'bind':
      return ERRCODE.CONNECT_FAILED;
    case 'handshake':
    case 'certificate':
      return ERRCODE.HANDSHAKE_FAILED;
    case 'no-certificate':
      return ERRCODE.CA_MISSED;
  }
}

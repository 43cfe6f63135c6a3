// The <errcode> of chapter 15 (manual §15.3.1), printed after "+CFTPS<command>: " when an
// operation fails, and how the failures of the FTP client map onto it. The texts are the
// table's (simulator/spec/generated/errors.json, section 15.3.1).
//
// Our reading of the codes the manual leaves open:
//   SSL_ALERT (1)          a TLS handshake failed, or the SSL context refused the server or
//                          names a certificate the store lacks
//   BUSY (3)               another FTP operation is still running
//   CLOSED_BY_SERVER (4)   the server closed the control connection (after "+CFTPSNOTIFY: PEER
//                          CLOSED", until AT+CFTPSLOGOUT)
//   TIMEOUT (5)            no connection or no reply within the module's time (FTP_TIMEOUTS)
//   TRANSFER_ERROR (6)     a transfer the server had started (1yz) did not complete: a negative
//                          reply after it, or the data connection lost
//   MEMORY_ERROR (7)       the module's file system could not take a downloaded file (no space,
//                          a name it refuses, no SD card)
//   INVALID_PARAMETER (8)  a value the table accepts but the operation cannot use (a remote path
//                          without a file name for AT+CFTPSGETFILE)
//   REJECTED (9)           a negative reply (4yz/5yz) to a command: login refused, no such file
//   NETWORK_ERROR (10)     no bearer: not registered, or the PDP context is not active
//   STATE_ERROR (11)       the command does not fit the session's state (not logged in)
//   DNS_ERROR (12)         the server's name did not resolve
//   SOCKET_CREATE (13)     the host could not make a socket
//   CONNECT_ERROR (14)     the connection was refused or failed
//   FILE_ERROR (17)        the module file to upload does not exist or cannot be read
//   SERVER_TIMEOUT (421)   the server answered 421 ("service not available, closing control
//                          connection"): log out and in again

import { InternetError } from '../internet/internet.js';
import type { CommandTable } from '../spec/table.js';

export const ERRCODE = {
  SUCCESS: 0,
  SSL_ALERT: 1,
  UNKNOWN: 2,
  BUSY: 3,
  CLOSED_BY_SERVER: 4,
  TIMEOUT: 5,
  TRANSFER_ERROR: 6,
  MEMORY_ERROR: 7,
  INVALID_PARAMETER: 8,
  REJECTED: 9,
  NETWORK_ERROR: 10,
  STATE_ERROR: 11,
  DNS_ERROR: 12,
  SOCKET_CREATE: 13,
  CONNECT_ERROR: 14,
  SOCKET_CLOSE: 15,
  SSL_CLOSED: 16,
  FILE_ERROR: 17,
  SERVER_TIMEOUT: 421,
} as const;

/** An FTP operation that failed, with the <errcode> the module prints for it. */
export class FtpFailure extends Error {
  constructor(
    readonly errcode: number,
    message: string,
  ) {
    super(message);
    this.name = 'FtpFailure';
  }
}

/** The <errcode> of a failure of the internet layer (connect, TLS, send). */
export function errcodeOfInternet(e: InternetError): number {
  switch (e.code) {
    case 'dns':
      return ERRCODE.DNS_ERROR;
    case 'timeout':
      return ERRCODE.TIMEOUT;
    case 'bind':
      return ERRCODE.SOCKET_CREATE;
    case 'refused':
    case 'unreachable':
    case 'failed':
      return ERRCODE.CONNECT_ERROR;
    case 'closed':
      return ERRCODE.CLOSED_BY_SERVER;
    case 'handshake':
    case 'certificate':
    case 'no-certificate':
      return ERRCODE.SSL_ALERT;
  }
}

/** The <errcode> of anything an FTP operation threw. */
export function errcodeOf(e: unknown): number {
  if (e instanceof FtpFailure) return e.errcode;
  if (e instanceof InternetError) return errcodeOfInternet(e);
  return ERRCODE.UNKNOWN;
}

/** The <errcode> of a negative reply: 421 is its own code (§15.3.1), any other is a rejection. */
export function errcodeOfReply(code: number, duringTransfer = false): number {
  if (code === 421) return ERRCODE.SERVER_TIMEOUT;
  return duringTransfer ? ERRCODE.TRANSFER_ERROR : ERRCODE.REJECTED;
}

/** The manual's description of an <errcode> (for logs). */
export function errcodeText(table: CommandTable, errcode: number): string | undefined {
  return table.errors.services.find((s) => s.section === '15.3.1')?.entries.find((e) => e.code === errcode)?.text;
}

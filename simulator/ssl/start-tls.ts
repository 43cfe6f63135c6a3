// TLS started on a connection that is already open, with an SSL context of AT+CSSLCFG (manual
// §17.2.1): the STARTTLS of SMTP (RFC 3207; AT+CSMTPSSRV <server_type> 3) and the like, where
// the client and the server first speak plain text and then upgrade the same TCP connection.
// openTlsWithContext (open-tls.ts) is for TLS from the first byte; this is its counterpart for an
// upgrade over a stream, with the same policy and handshake (open-tls.ts's contextHandshake,
// internet.ts's completeTlsHandshake): versions, ciphers, SNI, the CA and client certificates
// from the store, the server checks after the handshake by the module's RTC, and the handshake
// bounded by the context's <negotiatetime> on the module's clock. (upgradeTlsWithContext does
// the same over the host socket of a TcpConnection.)
//
//     const plain = connectionStream(conn);          // simulator/internet/stream.ts
//     ... "STARTTLS" / "220 Ready" over `plain` ...
//     const secure = await startTlsWithContext(services, { context: 0, socket: plain, host });
//
// The caller must have stopped reading `socket` (no 'data' listener, paused) before this is
// called: from then on the TLS layer reads it. The result carries the plaintext; closing it closes
// the connection underneath.
//
// Failures are InternetErrors as openTlsWithContext's: `no-certificate` (a file the context names
// is not in the store), `handshake` (failed, or no answer within <negotiatetime>), `certificate`
// (the server was refused by the context's checks). Sessions are not resumed here
// (<use_tickets> concerns connections opened with TLS from the start).

import type { Duplex } from 'node:stream';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import { completeTlsHandshake, type HandshakeOptions } from '../internet/internet.js';
import { contextHandshake } from './open-tls.js';

export interface StartTlsOptions {
  /** The SSL context index, 0-9. */
  context: number;
  /** The connection's plaintext stream (connectionStream), no longer read by the caller. */
  socket: Duplex;
  /** The server's name as the module knows it (SNI and the name check). */
  host: string;
}

export async function startTlsWithContext(services: HandshakeOptions['services'], o: StartTlsOptions): Promise<TLSSocket> {
  const handshake = contextHandshake(services, o.context, o.host);
  // Over the stream, not the host socket under it: aborting the module connection (AT+CSMTPSSTOP
  // during the handshake) ends the stream, which ends the handshake at once.
  const tlsSocket = tlsConnect({ ...handshake.policy.options, socket: o.socket });
  await completeTlsHandshake(tlsSocket, `${o.host} (STARTTLS)`, handshake);
  return tlsSocket;
}

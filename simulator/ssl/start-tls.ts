// TLS started on a connection that is already open, with an SSL context of AT+CSSLCFG (manual
// §17.2.1): the STARTTLS of SMTP (RFC 3207; AT+CSMTPSSRV <server_type> 3) and the like, where
// the client and the server first speak plain text and then upgrade the same TCP connection.
// openTlsWithContext (open-tls.ts) is for TLS from the first byte; this is its counterpart for an
// upgrade, with the same policy (tls-policy.ts): versions, ciphers, SNI, the CA and client
// certificates from the store, the server checks after the handshake by the module's RTC, and the
// handshake bounded by the context's <negotiatetime> on the module's clock.
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
import type { ModemServices } from '../core/handler.js';
import { InternetError } from '../internet/internet.js';
import { SSL_CONTEXTS } from '../state/ssl.js';
import { certificatesOf } from './certificate-store.js';
import { tlsPolicy } from './tls-policy.js';

type Services = Pick<ModemServices, 'instance' | 'clock' | 'setTimer' | 'clearTimer' | 'log'>;

export interface StartTlsOptions {
  /** The SSL context index, 0-9. */
  context: number;
  /** The connection's plaintext stream (connectionStream), no longer read by the caller. */
  socket: Duplex;
  /** The server's name as the module knows it (SNI and the name check). */
  host: string;
}

export async function startTlsWithContext(services: Services, o: StartTlsOptions): Promise<TLSSocket> {
  const modem = services.instance;
  if (!Number.isInteger(o.context) || o.context < 0 || o.context >= SSL_CONTEXTS) throw new InternetError('failed', `no SSL context ${o.context}`);
  const settings = modem.state.ssl.contexts[o.context]!;
  const built = tlsPolicy(settings, certificatesOf(modem), o.host);
  if (!built.ok) {
    modem.log(`ssl context ${o.context}: ${built.detail}`);
    throw new InternetError(built.reason === 'unsupported-version' ? 'handshake' : 'no-certificate', built.detail);
  }
  const tlsSocket = tlsConnect({ ...built.policy.options, socket: o.socket });
  let onError: (err: Error) => void = () => undefined;
  let onClose: () => void = () => undefined;
  const handshake = services.clock.outside(
    new Promise<void>((resolve, reject) => {
      onError = (err) => reject(new InternetError('handshake', err.message));
      onClose = () => reject(new InternetError('handshake', 'the connection closed during the TLS handshake'));
      tlsSocket.once('secureConnect', () => resolve());
      tlsSocket.on('error', onError);
      tlsSocket.on('close', onClose);
    }),
  );
  const timeoutMs = settings.negotiateTime * 1000;
  const timeout = new Promise<never>((_, reject) => {
    const t = services.setTimer(timeoutMs, () => reject(new InternetError('handshake', `no TLS handshake with ${o.host} in ${timeoutMs} ms`)));
    void handshake.finally(() => services.clearTimer(t)).catch(() => undefined);
  });
  try {
    await Promise.race([handshake, timeout]);
  } catch (e) {
    tlsSocket.on('error', () => undefined); // a late error of the socket being destroyed
    tlsSocket.destroy();
    throw e;
  }
  const refused = built.policy.verify(tlsSocket, services.clock.now() + modem.state.network.rtc.offsetMs);
  if (refused) {
    services.log(`tls ${o.host} (STARTTLS): ${refused}`);
    tlsSocket.destroy();
    throw new InternetError('certificate', refused);
  }
  tlsSocket.off('error', onError);
  tlsSocket.off('close', onClose);
  return tlsSocket;
}

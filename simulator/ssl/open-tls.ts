// The one way the module's services open a TLS connection with an SSL context (manual §17.2.1):
// HTTPS (+HTTPPARA "SSLCFG"), FTPS (+CFTPSSSLCFG), MQTTS (+CMQTTSSLCFG), SMTPS, WSS and the
// AT+CCH* client name a context index; this builds its policy (tls-policy.ts) from the
// certificate store and opens the connection on the internet layer.
//
//     const conn = await openTlsWithContext(ctx.modem, { context: 0, bearer, host, port, timeoutMs: 30_000 });
//     const secured = await upgradeTlsWithContext(ctx.modem, plain, { context: 0, host }); // AUTH TLS, STARTTLS
//
// Failures are InternetErrors: the layer's codes, plus `no-certificate` (the context names a
// file the store lacks, or one that is not a certificate/key: SSL <err> 19 "Not set
// certificates"), `handshake` (failed or timed out after <negotiatetime>) and `certificate`
// (the server was refused by the context's checks).

import { AttachmentKey } from '../core/attachments.js';
import type { ModemServices } from '../core/handler.js';
import { internetOf, InternetError, type HandshakeOptions, type SecureOptions, type TcpConnection } from '../internet/internet.js';
import type { Bearer } from '../internet/bearer.js';
import { SSL_CONTEXTS } from '../state/ssl.js';
import { certificatesOf } from './certificate-store.js';
import { tlsPolicy } from './tls-policy.js';

type Services = Parameters<typeof internetOf>[0] & Pick<ModemServices, 'instance' | 'profile' | 'clock' | 'setTimer' | 'clearTimer' | 'log'>;

/** Sessions kept for <use_tickets>, by context, host and port. */
const SESSIONS = new AttachmentKey<Map<string, Buffer>>('ssl.sessions');

export interface OpenTlsWithContextOptions {
  /** The SSL context index, 0-9. */
  context: number;
  bearer: Bearer;
  host: string;
  port: number;
  /** TCP connect timeout (module clock); the handshake has the context's <negotiatetime>. */
  timeoutMs: number;
  /**
   * The name the server's certificate is checked against and SNI carries, when it is not `host`
   * (an FTPS data connection goes to the address of the PASV reply, to the control connection's
   * server).
   */
  serverName?: string;
}

export async function openTlsWithContext(services: Services, o: OpenTlsWithContextOptions): Promise<TcpConnection> {
  return internetOf(services).openTls({ bearer: o.bearer, host: o.host, port: o.port, timeoutMs: o.timeoutMs, ...secureOptions(services, o.context, o.serverName ?? o.host, o.port) });
}

export interface UpgradeTlsWithContextOptions {
  /** The SSL context index, 0-9. */
  context: number;
  /** The server's name as the module was given it (SNI, the certificate's name check). */
  host: string;
}

/**
 * Turns an open connection of the module into a TLS connection made with an SSL context (FTP's
 * explicit AUTH TLS/SSL, SMTP's STARTTLS): Internet.upgradeTls with the context's policy.
 * `conn` is closed and carried on by the connection returned; failures as openTlsWithContext.
 */
export async function upgradeTlsWithContext(services: Services, conn: TcpConnection, o: UpgradeTlsWithContextOptions): Promise<TcpConnection> {
  return internetOf(services).upgradeTls(conn, secureOptions(services, o.context, o.host, conn.remote.port));
}

/** The policy, handshake time, RTC and session cache of SSL context `context` for `host`:`port`. */
function secureOptions(services: Services, context: number, host: string, port: number): SecureOptions {
  const modem = services.instance;
  const handshake = contextHandshake(services, context, host);
  const sessions = modem.attachments.getOrCreate(SESSIONS, () => new Map());
  const key = `${context}|${host}:${port}`;
  return {
    ...handshake,
    session: modem.state.ssl.contexts[context]!.useTickets === 1 ? sessions.get(key) : undefined,
    onSession: (session) => {
      if (modem.state.ssl.contexts[context]?.useTickets === 1) sessions.set(key, session);
    },
  };
}

/**
 * What a handshake with SSL context `context` takes for `host` (every TLS connection of the
 * module, and STARTTLS over a stream, start-tls.ts): the context's policy built from the
 * certificate store, its <negotiatetime> and the module's RTC. An index that is no context
 * fails (`failed`), a policy that cannot be built fails as the file comment says.
 */
export function contextHandshake(services: HandshakeOptions['services'], context: number, host: string): HandshakeOptions {
  const modem = services.instance;
  if (!Number.isInteger(context) || context < 0 || context >= SSL_CONTEXTS) throw new InternetError('failed', `no SSL context ${context}`);
  const settings = modem.state.ssl.contexts[context]!;
  const built = tlsPolicy(settings, certificatesOf(modem), host);
  if (!built.ok) {
    modem.log(`ssl context ${context}: ${built.detail}`);
    throw new InternetError(built.reason === 'unsupported-version' ? 'handshake' : 'no-certificate', built.detail);
  }
  return {
    services,
    policy: built.policy,
    handshakeTimeoutMs: settings.negotiateTime * 1000,
    moduleTimeMs: () => services.clock.now() + modem.state.network.rtc.offsetMs,
  };
}

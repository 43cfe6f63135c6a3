// The one way the module's services open a TLS connection with an SSL context (manual §17.2.1):
// HTTPS (+HTTPPARA "SSLCFG"), FTPS (+CFTPSSSLCFG), MQTTS (+CMQTTSSLCFG), SMTPS, WSS and the
// AT+CCH* client name a context index; this builds its policy (tls-policy.ts) from the
// certificate store and opens the connection on the internet layer.
//
//     const conn = await openTlsWithContext(ctx.modem, { context: 0, bearer, host, port, timeoutMs: 30_000 });
//
// Failures are InternetErrors: the layer's codes, plus `no-certificate` (the context names a
// file the store lacks, or one that is not a certificate/key: SSL <err> 19 "Not set
// certificates"), `handshake` (failed or timed out after <negotiatetime>) and `certificate`
// (the server was refused by the context's checks).

import { AttachmentKey } from '../core/attachments.js';
import type { ModemServices } from '../core/handler.js';
import { internetOf, InternetError, type TcpConnection } from '../internet/internet.js';
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
}

export async function openTlsWithContext(services: Services, o: OpenTlsWithContextOptions): Promise<TcpConnection> {
  const modem = services.instance;
  if (!Number.isInteger(o.context) || o.context < 0 || o.context >= SSL_CONTEXTS) throw new InternetError('failed', `no SSL context ${o.context}`);
  const settings = modem.state.ssl.contexts[o.context]!;
  const built = tlsPolicy(settings, certificatesOf(modem), o.host);
  if (!built.ok) {
    modem.log(`ssl context ${o.context}: ${built.detail}`);
    throw new InternetError(built.reason === 'unsupported-version' ? 'handshake' : 'no-certificate', built.detail);
  }
  const sessions = modem.attachments.getOrCreate(SESSIONS, () => new Map());
  const key = `${o.context}|${o.host}:${o.port}`;
  return internetOf(services).openTls({
    bearer: o.bearer,
    host: o.host,
    port: o.port,
    timeoutMs: o.timeoutMs,
    services,
    policy: built.policy,
    handshakeTimeoutMs: settings.negotiateTime * 1000,
    moduleTimeMs: () => services.clock.now() + modem.state.network.rtc.offsetMs,
    session: settings.useTickets === 1 ? sessions.get(key) : undefined,
    onSession: (session) => {
      if (modem.state.ssl.contexts[o.context]?.useTickets === 1) sessions.set(key, session);
    },
  });
}

// How an SSL context of AT+CSSLCFG (manual §17.2.1) becomes a TLS client connection: the
// options for node:tls and the checks after the handshake. Every TLS user of the module (HTTPS,
// FTPS, MQTTS, SMTPS, WSS, the AT+CCH* client) goes through here, via Internet.openTls.
//
//   <sslversion>  0 SSL3.0 (no TLS stack here speaks it: the handshake fails, as it does with
//                 every server that has dropped SSL 3.0), 1 TLS1.0, 2 TLS1.1, 3 TLS1.2, 4 all
//   <authmode>    0 no check of the server; 1 the server's chain must lead to <ca_file>; 2 that,
//                 and the client presents <clientcert_file>/<clientkey_file>; 3 the client
//                 presents its certificate, the server is not checked
//   <ignoreltime> 1: validity dates are not checked; 0: checked against the module's RTC
//                 (AT+CCLK), not the host's clock
//   <enableSNI>   1: the host name is sent in the server_name extension
//   <ignorecertCN> 1: the server certificate need not name the host
//   <use_tickets> 1: a session ticket from a previous connection to the same host and port is
//                 offered again (TLS 1.3 resumption)
//   <ciphersuites> an IANA code from CIPHER_SUITES, or 0 / 0xFFFF for all
//
// A certificate named in the context but missing from the store is an error before any
// connection is made (the manual's SSL <err> 19 "Not set certificates").

import { createPrivateKey, X509Certificate } from 'node:crypto';
import { checkServerIdentity, type ConnectionOptions, type PeerCertificate, type SecureVersion, type TLSSocket } from 'node:tls';
import type { SslContextSettings } from '../state/ssl.js';
import type { CertificateStore } from './certificate-store.js';

/** IANA TLS cipher suite codes the module accepts, with their OpenSSL names (RFC 5246, 5289, 8446). */
export const CIPHER_SUITES: Readonly<Record<number, string>> = {
  0x002f: 'AES128-SHA',
  0x0035: 'AES256-SHA',
  0x003c: 'AES128-SHA256',
  0x003d: 'AES256-SHA256',
  0x009c: 'AES128-GCM-SHA256',
  0x009d: 'AES256-GCM-SHA384',
  0xc009: 'ECDHE-ECDSA-AES128-SHA',
  0xc013: 'ECDHE-RSA-AES128-SHA',
  0xc014: 'ECDHE-RSA-AES256-SHA',
  0xc02b: 'ECDHE-ECDSA-AES128-GCM-SHA256',
  0xc02c: 'ECDHE-ECDSA-AES256-GCM-SHA384',
  0xc02f: 'ECDHE-RSA-AES128-GCM-SHA256',
  0xc030: 'ECDHE-RSA-AES256-GCM-SHA384',
  0xcca8: 'ECDHE-RSA-CHACHA20-POLY1305',
  0x1301: 'TLS_AES_128_GCM_SHA256',
  0x1302: 'TLS_AES_256_GCM_SHA384',
  0x1303: 'TLS_CHACHA20_POLY1305_SHA256',
};

const VERSIONS: Readonly<Record<number, { min: SecureVersion; max: SecureVersion }>> = {
  1: { min: 'TLSv1', max: 'TLSv1' },
  2: { min: 'TLSv1.1', max: 'TLSv1.1' },
  3: { min: 'TLSv1.2', max: 'TLSv1.2' },
  4: { min: 'TLSv1', max: 'TLSv1.3' },
};

export type TlsPolicyResult =
  | { ok: true; policy: TlsPolicy }
  /** A file the context names is not in the certificate store (or cannot be read as one). */
  | { ok: false; reason: 'missing-certificate' | 'bad-certificate' | 'unsupported-version'; detail: string };

export interface TlsPolicy {
  /** Options for tls.connect (with the TCP socket added by the caller). */
  options: ConnectionOptions;
  /** After the handshake: why the connection must be refused, or undefined to accept it. */
  verify(socket: TLSSocket, nowMs: number): string | undefined;
}

/** PEM text of a certificate stored as PEM or DER. */
function certificatePem(data: Buffer): string {
  const text = data.toString('latin1');
  if (text.includes('-----BEGIN')) return text;
  return new X509Certificate(data).toString();
}

/** PEM text of a private key stored as PEM or DER (PKCS#8 or PKCS#1). */
function keyPem(data: Buffer, passphrase: string | undefined): string {
  const text = data.toString('latin1');
  if (text.includes('-----BEGIN')) return text;
  for (const type of ['pkcs8', 'pkcs1'] as const) {
    try {
      return createPrivateKey({ key: data, format: 'der', type, passphrase }).export({ format: 'pem', type: 'pkcs8' }).toString();
    } catch {
      // try the next encoding
    }
  }
  throw new Error('not a DER private key');
}

const DATE_ERRORS = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);

function outsideValidity(cert: PeerCertificate, nowMs: number): boolean {
  return nowMs < Date.parse(cert.valid_from) || nowMs > Date.parse(cert.valid_to);
}

/** The certificates the peer sent, leaf first. */
function chainOf(socket: TLSSocket): PeerCertificate[] {
  const chain: PeerCertificate[] = [];
  let cert = socket.getPeerCertificate(true) as PeerCertificate & { issuerCertificate?: PeerCertificate };
  while (cert && Object.keys(cert).length > 0 && !chain.includes(cert)) {
    chain.push(cert);
    const next = cert.issuerCertificate;
    if (!next || next === cert) break;
    cert = next;
  }
  return chain;
}

/**
 * The TLS policy of a context for a connection to `host` (a name or an address), reading the
 * files it names from `store`.
 */
export function tlsPolicy(ctx: SslContextSettings, store: CertificateStore, host: string): TlsPolicyResult {
  const version = VERSIONS[ctx.sslVersion];
  if (!version) return { ok: false, reason: 'unsupported-version', detail: 'SSL 3.0 is not offered by any TLS stack this module can reach' };
  const read = (name: string): Buffer | TlsPolicyResult => {
    const data = store.read(name);
    return data ?? { ok: false, reason: 'missing-certificate', detail: `${name} is not in the certificate store` };
  };
  // The checks are the context's, after the handshake (verify below): node:tls must neither
  // refuse nor judge the host name itself (it would check "localhost" when no servername is sent).
  const options: ConnectionOptions = { minVersion: version.min, maxVersion: version.max, rejectUnauthorized: false, checkServerIdentity: () => undefined };
  // TLS 1.0/1.1 need OpenSSL's security level 0 to be offered at all.
  if (ctx.sslVersion === 1 || ctx.sslVersion === 2) options.ciphers = 'DEFAULT@SECLEVEL=0';
  const code = Number(ctx.cipherSuites);
  if (code !== 0 && code !== 0xffff) {
    const name = CIPHER_SUITES[code];
    if (!name) return { ok: false, reason: 'unsupported-version', detail: `cipher suite ${ctx.cipherSuites} is not one the module offers` };
    // Node takes TLS 1.3 suites and earlier ciphers in one `ciphers` list; a suite of one
    // version limits the handshake to that version.
    const tls13 = name.startsWith('TLS_');
    if (tls13 && version.max !== 'TLSv1.3') return { ok: false, reason: 'unsupported-version', detail: `${name} needs TLS 1.3, which <sslversion> ${ctx.sslVersion} excludes` };
    options.ciphers = name + (options.ciphers ? ':@SECLEVEL=0' : '');
    if (tls13) options.minVersion = 'TLSv1.3';
    else if (options.maxVersion === 'TLSv1.3') options.maxVersion = 'TLSv1.2';
  }
  if (ctx.enableSni === 1 && !/^[\d.]+$|:/.test(host)) options.servername = host;

  const checkServer = ctx.authMode === 1 || ctx.authMode === 2;
  const presentClient = ctx.authMode === 2 || ctx.authMode === 3;
  try {
    if (checkServer) {
      if (!ctx.caFile) return { ok: false, reason: 'missing-certificate', detail: 'server authentication needs <ca_file>' };
      const ca = read(ctx.caFile);
      if (!Buffer.isBuffer(ca)) return ca;
      options.ca = [certificatePem(ca)];
    }
    if (presentClient) {
      if (!ctx.clientCertFile || !ctx.clientKeyFile) return { ok: false, reason: 'missing-certificate', detail: 'client authentication needs <clientcert_file> and <clientkey_file>' };
      const cert = read(ctx.clientCertFile);
      if (!Buffer.isBuffer(cert)) return cert;
      const key = read(ctx.clientKeyFile);
      if (!Buffer.isBuffer(key)) return key;
      let passphrase: string | undefined;
      if (ctx.passwordFile) {
        const pw = read(ctx.passwordFile);
        if (!Buffer.isBuffer(pw)) return pw;
        passphrase = pw.toString('utf8').trim();
      }
      options.cert = certificatePem(cert);
      options.key = keyPem(key, passphrase);
      if (passphrase !== undefined) options.passphrase = passphrase;
    }
  } catch (e) {
    return { ok: false, reason: 'bad-certificate', detail: (e as Error).message };
  }

  const verify = (socket: TLSSocket, nowMs: number): string | undefined => {
    if (!checkServer) return undefined;
    const error = socket.authorizationError ? String(socket.authorizationError) : undefined;
    // The host's clock judged the dates; the module judges them by its own RTC, or not at all.
    if (error && !DATE_ERRORS.has(error)) return `server certificate not trusted: ${error}`;
    if (ctx.ignoreLocalTime === 0 && chainOf(socket).some((c) => outsideValidity(c, nowMs))) {
      return 'server certificate outside its validity at the module time';
    }
    if (ctx.ignoreCertCn === 0) {
      const mismatch = checkServerIdentity(host, socket.getPeerCertificate());
      if (mismatch) return `server certificate does not name ${host}: ${mismatch.message}`;
    }
    return undefined;
  };
  return { ok: true, policy: { options, verify } };
}

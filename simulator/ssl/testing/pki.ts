// The test PKI of every TLS test (chapter 17's SSL contexts and each service that uses them:
// HTTPS, FTPS, MQTTS, SMTPS, WSS, AT+CCH*): a test CA, a server certificate it issued and a CA
// that issued nothing, made with the `selfsigned` devDependency. Valid 2010-2040, so the
// module's RTC in tests (2019-2026) always finds them current. A test that needs another
// certificate (another name, a client certificate, other dates) has the CA issue it with
// issueCertificate().

import { generate } from 'selfsigned';

export interface KeyPair {
  key: string;
  cert: string;
}

export interface TestPki {
  ca: KeyPair;
  /** For SERVER_NAMES and 127.0.0.1, issued by `ca`. */
  server: KeyPair;
  /** A CA that issued nothing here (a server checked against it is refused). */
  stranger: KeyPair;
}

export interface Validity {
  notBeforeDate: Date;
  notAfterDate: Date;
}

/** Current whatever the module's RTC says in tests. */
export const LONG_VALIDITY: Validity = { notBeforeDate: new Date('2010-01-01'), notAfterDate: new Date('2040-01-01') };

/**
 * The names the default server certificate is issued for: loopback, and the host the HTTP
 * tests route to it (chapter 14's examples ask for https://www.example.com/).
 */
export const SERVER_NAMES = ['localhost', 'www.example.com'] as const;

export interface CertificateRequest {
  /** The subject's CN. */
  commonName: string;
  /** subjectAltName DNS names (default: the common name alone). */
  dnsNames?: readonly string[];
  /** subjectAltName IP addresses (default: none). */
  ipAddresses?: readonly string[];
  /** Default LONG_VALIDITY; an expired or not-yet-valid certificate gives its own dates. */
  validity?: Validity;
}

/** A certificate `ca` issued (RSA 2048: takes a fraction of a second). */
export async function issueCertificate(ca: KeyPair, request: CertificateRequest): Promise<KeyPair> {
  const altNames = [...(request.dnsNames ?? [request.commonName]).map((value) => ({ type: 2 as const, value })), ...(request.ipAddresses ?? []).map((ip) => ({ type: 7 as const, ip }))];
  const issued = await generate([{ name: 'commonName', value: request.commonName }], {
    keySize: 2048,
    ca,
    ...(request.validity ?? LONG_VALIDITY),
    extensions: [{ name: 'subjectAltName', altNames }],
  });
  return { key: issued.private, cert: issued.cert };
}

/** A self-signed CA certificate named `commonName`. */
async function certificateAuthority(commonName: string): Promise<KeyPair> {
  const ca = await generate([{ name: 'commonName', value: commonName }], {
    keySize: 2048,
    ...LONG_VALIDITY,
    extensions: [{ name: 'basicConstraints', cA: true }, { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true }],
  });
  return { key: ca.private, cert: ca.cert };
}

async function makeTestPki(): Promise<TestPki> {
  const ca = await certificateAuthority('modemsim test CA');
  const server = await issueCertificate(ca, { commonName: 'localhost', dnsNames: SERVER_NAMES, ipAddresses: ['127.0.0.1'] });
  const stranger = await certificateAuthority('someone else');
  return Object.freeze({ ca, server, stranger });
}

// RSA key generation takes seconds: the PKI is made once per test process (a test file, with
// vitest's isolation) and shared by every test in it. Its contents are never changed.
let shared: Promise<TestPki> | undefined;

/** The test PKI of this process, made on first use. */
export function testPki(): Promise<TestPki> {
  shared ??= makeTestPki().catch((e: unknown) => {
    shared = undefined; // a failure is not kept: the next test tries again
    throw e;
  });
  return shared;
}

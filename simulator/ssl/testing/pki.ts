// A test CA and certificates it issued, for tests of the module's TLS clients (SMTPS, WSS...)
// against real TLS servers on loopback: made with the `selfsigned` devDependency, valid
// 2010-2040 so the module's RTC in tests (2019-2026) always finds them current.

import { generate } from 'selfsigned';

export interface KeyPair {
  key: string;
  cert: string;
}

export interface TestPki {
  ca: KeyPair;
  /** For "localhost" and 127.0.0.1, issued by `ca`. */
  server: KeyPair;
  /** A CA that issued nothing here (a server checked against it is refused). */
  stranger: KeyPair;
}

const VALIDITY = { notBeforeDate: new Date('2010-01-01'), notAfterDate: new Date('2040-01-01') };

export async function testPki(): Promise<TestPki> {
  const ca = await generate([{ name: 'commonName', value: 'modemsim test CA' }], {
    keySize: 2048,
    ...VALIDITY,
    extensions: [{ name: 'basicConstraints', cA: true }, { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true }],
  });
  const caPair = { key: ca.private, cert: ca.cert };
  const server = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    ca: caPair,
    ...VALIDITY,
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] }],
  });
  const stranger = await generate([{ name: 'commonName', value: 'someone else' }], { keySize: 2048, ...VALIDITY, extensions: [{ name: 'basicConstraints', cA: true }] });
  return { ca: caPair, server: { key: server.private, cert: server.cert }, stranger: { key: stranger.private, cert: stranger.cert } };
}

// A real TLS server on loopback for tests of the SSL client (AT+CCH*), with an identity of the
// test PKI (simulator/ssl/testing/pki.ts), that records the plaintext each connection receives
// (simulator/internet/testing/recording-server.ts, as the TCP server of servers.ts does). It
// listens on an ephemeral port of 127.0.0.1 and closes with close().

import { createServer, type TLSSocket } from 'node:tls';
import { recordingServer, type RecordingServer } from '../../internet/testing/recording-server.js';

export type TlsTestServer = RecordingServer<TLSSocket>;

export function tlsTestServer(identity: { key: string; cert: string }, onConnection?: (socket: TLSSocket) => void): Promise<TlsTestServer> {
  return recordingServer<TLSSocket>((accept) => {
    const server = createServer({ ...identity }, accept);
    server.on('tlsClientError', () => undefined); // a failed handshake (a client refusing the certificate)
    return server;
  }, onConnection);
}

// Real TLS servers on loopback for tests of the SSL client (AT+CCH*): a test CA made with the
// `selfsigned` devDependency, a server certificate it issued for "localhost" and 127.0.0.1, and a
// TLS server that records what it receives (like simulator/internet/testing/servers.ts's TCP
// server). Each listens on an ephemeral port of 127.0.0.1 and closes with close().

import { createServer, type TLSSocket } from 'node:tls';
import { generate } from 'selfsigned';

export interface TestPki {
  ca: { key: string; cert: string };
  /** Issued by the CA for "localhost" and 127.0.0.1, valid 2010-2040. */
  server: { key: string; cert: string };
}

const VALIDITY = { notBeforeDate: new Date('2010-01-01'), notAfterDate: new Date('2040-01-01') };

/** A CA and a server certificate it issued (takes a second or so: RSA 2048 keys). */
export async function makeTestPki(): Promise<TestPki> {
  const ca = await generate([{ name: 'commonName', value: 'modemsim cch test CA' }], {
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
  return { ca: caPair, server: { key: server.private, cert: server.cert } };
}

export interface TlsTestServer {
  port: number;
  /** Plaintext received, per connection in order of arrival. */
  received: Buffer[][];
  sockets: TLSSocket[];
  /** Resolves with the n-th (0-based) connection. */
  connection(n?: number): Promise<TLSSocket>;
  /** Resolves once `count` bytes in total arrived on connection `n`. */
  bytes(count: number, n?: number): Promise<Buffer>;
  close(): Promise<void>;
}

export async function tlsTestServer(identity: { key: string; cert: string }, onConnection?: (socket: TLSSocket) => void): Promise<TlsTestServer> {
  const received: Buffer[][] = [];
  const sockets: TLSSocket[] = [];
  const waiters: Array<() => void> = [];
  const wake = () => waiters.splice(0).forEach((w) => w());
  const server = createServer({ ...identity }, (socket) => {
    const index = sockets.length;
    sockets.push(socket);
    received[index] = [];
    socket.on('data', (d: Buffer) => {
      received[index]!.push(d);
      wake();
    });
    socket.on('error', () => undefined);
    onConnection?.(socket);
    wake();
  });
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const until = async <T>(get: () => T | undefined): Promise<T> => {
    for (;;) {
      const v = get();
      if (v !== undefined) return v;
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  };
  return {
    port: (server.address() as { port: number }).port,
    received,
    sockets,
    connection: (n = 0) => until(() => sockets[n]),
    bytes: (count, n = 0) =>
      until(() => {
        const all = Buffer.concat(received[n] ?? []);
        return all.length >= count ? all : undefined;
      }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

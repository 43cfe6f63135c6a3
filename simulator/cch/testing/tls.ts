// Real TLS servers on loopback for tests of the SSL client (AT+CCH*), with an identity of the
// test PKI (simulator/ssl/testing/pki.ts): a TLS server that records what it receives (like
// simulator/internet/testing/servers.ts's TCP server). Each listens on an ephemeral port of
// 127.0.0.1 and closes with close().

import { createServer, type TLSSocket } from 'node:tls';

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

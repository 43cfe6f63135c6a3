// A server on loopback that records what each connection receives, for tests of the module's
// data connections: plain TCP (servers.ts's tcpServer) or TLS (cch/testing/tls.ts's
// tlsTestServer) — the caller makes the listening server and hands it each accepted socket.
// It listens on an ephemeral port of 127.0.0.1 and closes with close().

import type { Server, Socket } from 'node:net';

export interface RecordingServer<S extends Socket> {
  port: number;
  /** Bytes received (plaintext for TLS), per connection in order of arrival. */
  received: Buffer[][];
  sockets: S[];
  /** Resolves with the n-th (0-based) connection. */
  connection(n?: number): Promise<S>;
  /** Resolves once `count` bytes in total arrived on connection `n`. */
  bytes(count: number, n?: number): Promise<Buffer>;
  close(): Promise<void>;
}

/**
 * Makes the server with `create(accept)` (`accept` is its connection listener: net's
 * 'connection', tls's 'secureConnection'), listens and records; `onConnection` sees each
 * connection after the recording is in place.
 */
export async function recordingServer<S extends Socket>(create: (accept: (socket: S) => void) => Server, onConnection?: (socket: S) => void): Promise<RecordingServer<S>> {
  const received: Buffer[][] = [];
  const sockets: S[] = [];
  const waiters: Array<() => void> = [];
  const wake = () => waiters.splice(0).forEach((w) => w());
  const server = create((socket) => {
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

// Real servers on loopback for tests of the module's data connections: a TCP server that records
// what it receives, a UDP peer, an SNTP server (RFC 4330) and an HTTP server with a chosen Date.
// Each listens on an ephemeral port of 127.0.0.1 and closes with close().

import { createServer, type Socket } from 'node:net';
import { createSocket, type RemoteInfo, type Socket as DgramSocket } from 'node:dgram';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { toNtp } from '../sntp.js';
import { recordingServer, type RecordingServer } from './recording-server.js';

/** A TCP server that records what each connection receives (recording-server.ts). */
export type TcpTestServer = RecordingServer<Socket>;

export function tcpServer(onConnection?: (socket: Socket) => void): Promise<TcpTestServer> {
  return recordingServer<Socket>((accept) => createServer(accept), onConnection);
}

export interface UdpTestPeer {
  port: number;
  received: Array<{ data: Buffer; from: RemoteInfo }>;
  next(): Promise<{ data: Buffer; from: RemoteInfo }>;
  send(data: Buffer | string, port: number, address?: string): Promise<void>;
  close(): void;
}

export async function udpPeer(): Promise<UdpTestPeer> {
  const socket: DgramSocket = createSocket('udp4');
  const received: Array<{ data: Buffer; from: RemoteInfo }> = [];
  let taken = 0;
  socket.on('message', (data, from) => received.push({ data, from }));
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return {
    port: socket.address().port,
    received,
    next: async () => {
      while (received.length <= taken) await new Promise((r) => setTimeout(r, 5));
      return received[taken++]!;
    },
    send: (data, port, address = '127.0.0.1') => new Promise<void>((resolve, reject) => socket.send(data, port, address, (e) => (e ? reject(e) : resolve()))),
    close: () => socket.close(),
  };
}

export interface SntpTestServer {
  port: number;
  requests: number;
  close(): void;
}

/**
 * An SNTP server (RFC 4330 §5): answers each client request (mode 3) with mode 4, stratum 1,
 * the request's Transmit Timestamp as Originate, and `timeMs()` as Receive and Transmit.
 * `reply: false` makes it swallow requests (for timeouts); `stratum: 0` sends a kiss-o'-death.
 */
export async function sntpServer(timeMs: () => number, options: { reply?: boolean; stratum?: number } = {}): Promise<SntpTestServer> {
  const socket = createSocket('udp4');
  const server = { port: 0, requests: 0, close: () => socket.close() };
  socket.on('message', (msg, from) => {
    server.requests++;
    if (options.reply === false || msg.length < 48 || (msg[0]! & 7) !== 3) return;
    const out = Buffer.alloc(48);
    out[0] = (0 << 6) | (4 << 3) | 4;
    out[1] = options.stratum ?? 1;
    msg.copy(out, 24, 40, 48);
    toNtp(timeMs(), out, 32);
    toNtp(timeMs(), out, 40);
    socket.send(out, from.port, from.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  server.port = socket.address().port;
  return server;
}

export interface HttpDateServer {
  port: number;
  requests: Array<{ method: string; url: string; httpVersion: string }>;
  close(): Promise<void>;
}

/** An HTTP server whose responses carry `Date: <date>` (undefined: no Date header). */
export async function httpDateServer(date: () => string | undefined): Promise<HttpDateServer> {
  const requests: HttpDateServer['requests'] = [];
  const server: HttpServer = createHttpServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', httpVersion: req.httpVersion });
    res.sendDate = false;
    const d = date();
    if (d !== undefined) res.setHeader('Date', d);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

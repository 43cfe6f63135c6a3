// A real WebSocket server on loopback for tests of chapter 23 (the `ws` package's server):
// records each connection's handshake (path, headers, the subprotocol it picked) and every
// message with its frame type, and lets a test send, ping and close. `tls` makes it wss.

import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { WebSocketServer, type WebSocket } from 'ws';

export interface WsTestConnection {
  socket: WebSocket;
  request: IncomingMessage;
  /** What the client sent, in order. */
  messages: Array<{ data: Buffer; binary: boolean }>;
  pongs: number;
  /** Resolves once `count` messages arrived. */
  received(count: number): Promise<Array<{ data: Buffer; binary: boolean }>>;
  /** Resolves with the close code and reason the client sent (or 1006). */
  closed: Promise<{ code: number; reason: string }>;
}

export interface WsTestServer {
  port: number;
  connections: WsTestConnection[];
  /** Resolves with the n-th (0-based) connection. */
  connection(n?: number): Promise<WsTestConnection>;
  close(): Promise<void>;
}

export interface WsTestServerOptions {
  tls?: { key: string; cert: string };
  /** Picks the subprotocol from those offered (default: none picked). */
  pickProtocol?: (offered: Set<string>) => string | false;
}

async function until<T>(get: () => T | undefined): Promise<T> {
  for (;;) {
    const v = get();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 5));
  }
}

export async function wsTestServer(o: WsTestServerOptions = {}): Promise<WsTestServer> {
  const http: Server = o.tls ? createHttpsServer({ key: o.tls.key, cert: o.tls.cert }) : createHttpServer();
  const wss = new WebSocketServer({ server: http, perMessageDeflate: false, ...(o.pickProtocol ? { handleProtocols: o.pickProtocol } : {}) });
  const connections: WsTestConnection[] = [];
  wss.on('connection', (socket, request) => {
    const messages: WsTestConnection['messages'] = [];
    const conn: WsTestConnection = {
      socket,
      request,
      messages,
      pongs: 0,
      received: (count) => until(() => (messages.length >= count ? messages : undefined)),
      closed: new Promise((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }))),
    };
    socket.on('message', (data: Buffer, isBinary: boolean) => messages.push({ data: Buffer.from(data), binary: isBinary }));
    socket.on('pong', () => conn.pongs++);
    socket.on('error', () => undefined);
    connections.push(conn);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    port: (http.address() as { port: number }).port,
    connections,
    connection: (n = 0) => until(() => connections[n]),
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of connections) c.socket.terminate();
        wss.close();
        http.closeAllConnections?.();
        http.close(() => resolve());
      }),
  };
}

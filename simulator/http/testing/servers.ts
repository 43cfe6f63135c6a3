// Real servers on loopback for tests of the module's HTTP(S) client (chapter 14): a node:http
// server that records each request, its own responses given by a handler; an HTTPS one with an
// identity of the test PKI (simulator/ssl/testing/pki.ts); a raw TCP server that answers with
// exact bytes (a header block as the manual prints it, a response that is not HTTP, one that
// never comes).
// Each listens on an ephemeral port of 127.0.0.1 and closes with close().

import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type Socket } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  httpVersion: string;
  /** Names and values as received, in order. */
  rawHeaders: string[];
  headers: IncomingMessage['headers'];
  body: Buffer;
  /** Which connection (0, 1, ...) carried it. */
  connection: number;
}

export type Handler = (req: RecordedRequest, res: ServerResponse) => void;

export interface HttpTestServer {
  port: number;
  requests: RecordedRequest[];
  /** Connections accepted so far. */
  connections: number;
  /** Resolves with the n-th (0-based) request. */
  request(n?: number): Promise<RecordedRequest>;
  /** Ends every open connection from the server's side. */
  dropConnections(): void;
  close(): Promise<void>;
}

async function serve(server: Server, requests: RecordedRequest[], sockets: Socket[]): Promise<HttpTestServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const self: HttpTestServer = {
    port: (server.address() as { port: number }).port,
    requests,
    get connections() {
      return sockets.length;
    },
    request: async (n = 0) => {
      const deadline = Date.now() + 3000;
      while (requests.length <= n) {
        if (Date.now() > deadline) throw new Error(`no request ${n} within 3 s`);
        await new Promise((r) => setTimeout(r, 5));
      }
      return requests[n]!;
    },
    dropConnections: () => sockets.forEach((s) => s.end()),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  return self;
}

function listenFor(server: Server, handler: Handler, options: { keepAliveMs?: number }): { requests: RecordedRequest[]; sockets: Socket[] } {
  const requests: RecordedRequest[] = [];
  const sockets: Socket[] = [];
  server.keepAliveTimeout = options.keepAliveMs ?? 60_000;
  server.on('connection', (s: Socket) => {
    sockets.push(s);
    s.on('error', () => undefined);
  });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (d: Buffer) => chunks.push(d));
    req.on('end', () => {
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        httpVersion: req.httpVersion,
        rawHeaders: req.rawHeaders,
        headers: req.headers,
        body: Buffer.concat(chunks),
        connection: sockets.indexOf(req.socket),
      };
      requests.push(recorded);
      handler(recorded, res);
    });
  });
  return { requests, sockets };
}

/** An HTTP server; `keepAliveMs`: how long it keeps an idle connection (default 60 s). */
export async function httpServer(handler: Handler, options: { keepAliveMs?: number } = {}): Promise<HttpTestServer> {
  const server = createHttpServer();
  const { requests, sockets } = listenFor(server, handler, options);
  return serve(server, requests, sockets);
}

/** An HTTPS server with `identity`. */
export async function httpsServer(identity: { key: string; cert: string }, handler: Handler, options: { keepAliveMs?: number } = {}): Promise<HttpTestServer> {
  const server = createHttpsServer({ ...identity });
  const { requests, sockets } = listenFor(server as unknown as Server, handler, options);
  return serve(server as unknown as Server, requests, sockets);
}

export interface RawTestServer {
  port: number;
  /** Bytes each connection received. */
  received: Buffer[];
  close(): Promise<void>;
}

/**
 * A TCP server that answers each connection with `respond(request bytes so far, socket)` once
 * its request head is in (an empty line seen); the function writes what it wants and may end the
 * socket, or never answer.
 */
export async function rawServer(respond: (request: Buffer, socket: Socket) => void): Promise<RawTestServer> {
  const received: Buffer[] = [];
  const sockets: Socket[] = [];
  const server = createNetServer((socket) => {
    const index = received.length;
    received.push(Buffer.alloc(0));
    sockets.push(socket);
    socket.on('error', () => undefined);
    let answered = false;
    socket.on('data', (d: Buffer) => {
      received[index] = Buffer.concat([received[index]!, d]);
      if (!answered && received[index]!.includes('\r\n\r\n')) {
        answered = true;
        respond(received[index]!, socket);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

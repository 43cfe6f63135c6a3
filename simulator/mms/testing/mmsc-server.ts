// A real MMSC for tests: an HTTP server on 127.0.0.1 (ephemeral port) that takes M-Send.req
// POSTs, decodes them with the tests' own decoder (mms-decoder.ts) and answers an M-Send.conf —
// Ok for the request's transaction by default, or what `answer` says. Acting as the HTTP proxy
// of AT+CMMSPROTO it sees the request target in absolute form ("http://mmsc.example/..."), as a
// proxy does. Every request is recorded.

import { createServer, type IncomingHttpHeaders } from 'node:http';
import { decodeSendReq, encodeSendConf, type DecodedRequest } from './mms-decoder.js';

export interface MmscRequest {
  method: string;
  /** The request target as sent: a path, or an absolute URL through a proxy. */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The decoded M-Send.req, or why it could not be decoded. */
  pdu?: DecodedRequest;
  error?: string;
}

export interface MmscAnswer {
  /** HTTP status (default 200). */
  httpStatus?: number;
  /** The body (default: an M-Send.conf with `status` for the request's transaction). */
  body?: Buffer;
  /** X-Mms-Response-Status (default 0x80 Ok). */
  status?: number;
  /** Hold the answer this long (real ms). */
  delayMs?: number;
  /** Never answer. */
  silent?: boolean;
}

export interface MmscServer {
  port: number;
  requests: MmscRequest[];
  /** Resolves with the n-th request (0-based) once it has come. */
  request(n?: number): Promise<MmscRequest>;
  close(): Promise<void>;
}

export async function mmscServer(answer: (req: MmscRequest, n: number) => MmscAnswer = () => ({})): Promise<MmscServer> {
  const requests: MmscRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (d: Buffer) => chunks.push(d));
    req.on('end', () => {
      const recorded: MmscRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) };
      try {
        recorded.pdu = decodeSendReq(recorded.body);
      } catch (e) {
        recorded.error = (e as Error).message;
      }
      const n = requests.length;
      requests.push(recorded);
      const a = answer(recorded, n);
      if (a.silent) return;
      const body = a.body ?? encodeSendConf({ transactionId: recorded.pdu?.transactionId ?? '', status: a.status ?? 0x80, messageId: `msg-${n + 1}` });
      const send = () => {
        res.writeHead(a.httpStatus ?? 200, { 'Content-Type': 'application/vnd.wap.mms-message', 'Content-Length': body.length });
        res.end(body);
      };
      if (a.delayMs) setTimeout(send, a.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    requests,
    request: async (n = 0) => {
      while (requests.length <= n) await new Promise((r) => setTimeout(r, 5));
      return requests[n]!;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

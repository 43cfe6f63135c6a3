// A real HTTP server for FOTA tests: serves one package at any path, with Content-Length, and
// records the requests. `pieces` (cumulative byte offsets) makes it send the body in parts,
// each after `beforePiece(i)` resolves — so a test can wait for the module's progress indication
// before the next part goes out.

import { createServer, type IncomingHttpHeaders } from 'node:http';

export interface PackageServer {
  port: number;
  requests: Array<{ method: string; url: string; headers: IncomingHttpHeaders }>;
  close(): Promise<void>;
}

export interface PackageServerOptions {
  status?: number;
  pieces?: readonly number[];
  beforePiece?: (index: number) => Promise<void>;
}

export async function packageServer(body: Buffer, options: PackageServerOptions = {}): Promise<PackageServer> {
  const requests: PackageServer['requests'] = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    if ((options.status ?? 200) !== 200) {
      res.writeHead(options.status!, { 'Content-Length': 0 });
      res.end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': body.length });
    const cuts = [...(options.pieces ?? []), body.length];
    void (async () => {
      let at = 0;
      for (let i = 0; i < cuts.length; i++) {
        if (i > 0) await options.beforePiece?.(i);
        res.write(body.subarray(at, cuts[i]));
        at = cuts[i]!;
      }
      res.end();
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

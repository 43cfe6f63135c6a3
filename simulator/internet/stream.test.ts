// node:http speaking over a module connection (connectionStream), to a real HTTP server.

import { createServer } from 'node:http';
import { request } from 'node:http';
import { afterEach, expect, it } from 'vitest';
import { ModemHarness } from '../testing/harness.js';
import { contextBearer } from './bearer.js';
import { internetOf } from './internet.js';
import { connectionStream } from './stream.js';

const closers: Array<() => void> = [];
afterEach(() => closers.splice(0).forEach((c) => c()));

it('carries an HTTP exchange of node:http over the module bearer, counted by the layer', async () => {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => res.end(`got ${req.method} ${req.url} ${body}`));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  closers.push(() => server.close());
  const port = (server.address() as { port: number }).port;

  const h = await ModemHarness.start();
  await h.advance(10_000);
  const bearer = contextBearer(h.modem.state, 1);
  if (!bearer.ok) throw new Error('no bearer');
  const connecting = internetOf(h.modem.services()).openTcp({ bearer: bearer.bearer, host: '127.0.0.1', port, timeoutMs: 10_000, services: h.modem.services() });
  await h.advance(0);
  const conn = await connecting;
  const answer = await new Promise<string>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/x', createConnection: () => connectionStream(conn) as never }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve(text));
    });
    req.on('error', reject);
    req.end('hi');
  });
  expect(answer).toBe('got POST /x hi');
  expect(conn.bytesReceived).toBeGreaterThan(answer.length);
  expect(conn.bytesSent).toBeGreaterThan(0);
});

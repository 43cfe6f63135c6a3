// HTTP(S) (manual chapter 14): the service's lifecycle and parameter checks on any module; GET,
// POST and a refused connection against an HTTP server the suite starts on this machine's
// loopback, which the module reaches through the simulator's control channel ("set host" gives
// the name an address, "internet route" sends that address to the server). On hardware those
// tests are pending: the module's network cannot reach this machine's loopback.

import { createServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { expectEqual, expectFinal, expectLines, expectTrue } from '../runner/expect.js';
import { defineSuite, type TestContext } from '../runner/suite.js';

const NAME = 'conformance.modemsim.test';
const ADDRESS = '198.51.100.80';

interface Seen {
  method: string;
  url: string;
  body: Buffer;
}

/** An HTTP server on loopback answering `content`; records the requests. */
async function server(content: string): Promise<{ port: number; seen: Seen[]; close(): Promise<void> }> {
  const seen: Seen[] = [];
  const s: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (d: Buffer) => chunks.push(d));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', body: Buffer.concat(chunks) });
      res.setHeader('Content-Type', 'text/plain');
      res.end(content);
    });
  });
  s.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return { port: (s.address() as { port: number }).port, seen, close: () => new Promise<void>((r) => (s.closeAllConnections(), s.close(() => r()))) };
}

/** The module reaches `port` on this machine as http://NAME/ (control channel). */
async function route(ctx: TestContext, port: number): Promise<void> {
  await ctx.control('set host', { name: NAME, address: ADDRESS });
  await ctx.control('internet route', { to: `${ADDRESS}:80`, port });
}

async function started(ctx: TestContext): Promise<void> {
  await ctx.cmd('AT+HTTPTERM'); // a service left over from before
  await ctx.ok('AT+HTTPINIT', { timeoutMs: 120_000 });
}

/** Runs AT+HTTPACTION=<method> and returns its report line. */
async function action(ctx: TestContext, method: number): Promise<string> {
  await ctx.ok(`AT+HTTPACTION=${method}`);
  const urc = await ctx.target.awaitUrc(/^\+HTTPACTION: /, 120_000);
  expectTrue(urc !== undefined, `no +HTTPACTION report after AT+HTTPACTION=${method}`);
  return urc;
}

export const httpSuite = defineSuite({
  id: 'http',
  title: 'HTTP(S)',
  description: 'AT+HTTPINIT/+HTTPTERM lifecycle, +HTTPPARA checks; GET, POST with +HTTPDATA and a refused connection against a server on loopback.',
  tests: [
    {
      name: 'AT+HTTPINIT starts the service once, AT+HTTPTERM stops it; the other commands need it',
      spec: '§14.2.1: "You must execute AT+HTTPINIT before any other HTTP related operations"; §14.2.3 <conn_timeout> 20-120',
      requires: ['http.client'],
      async run(ctx) {
        await ctx.cmd('AT+HTTPTERM');
        expectFinal(await ctx.cmd(`AT+HTTPPARA="URL","http://${NAME}/"`), 'ERROR', 'AT+HTTPPARA before AT+HTTPINIT');
        await ctx.ok('AT+HTTPINIT', { timeoutMs: 120_000 });
        expectFinal(await ctx.cmd('AT+HTTPINIT'), 'ERROR', 'a second AT+HTTPINIT');
        await ctx.ok(`AT+HTTPPARA="URL","http://${NAME}/"`);
        expectFinal(await ctx.cmd('AT+HTTPPARA="CONNECTTO",19'), 'ERROR', '<conn_timeout> below 20');
        await ctx.ok('AT+HTTPTERM');
        expectFinal(await ctx.cmd('AT+HTTPTERM'), 'ERROR', 'AT+HTTPTERM when stopped');
      },
    },
    {
      name: 'GET: +HTTPACTION: 0,200,<len>; AT+HTTPREAD gives the content, AT+HTTPHEAD the header',
      spec: '§14.2.4 +HTTPACTION: <method>,<statuscode>,<datalen>; §14.2.6 OK / +HTTPREAD: <len> / <data> / +HTTPREAD: 0; §14.2.5 +HTTPHEAD: <data_len>',
      requires: ['http.client'],
      needsControl: true,
      async run(ctx) {
        const content = 'modemsim conformance page';
        const s = await server(content);
        try {
          await route(ctx, s.port);
          await started(ctx);
          await ctx.ok(`AT+HTTPPARA="URL","http://${NAME}/page?x=1"`);
          expectEqual(await action(ctx, 0), `+HTTPACTION: 0,200,${content.length}`, 'the report');
          expectEqual(s.seen.map((r) => `${r.method} ${r.url}`), ['GET /page?x=1'], 'what the server received');
          expectLines(await ctx.cmd('AT+HTTPREAD?'), [`+HTTPREAD: LEN,${content.length}`]);
          const read = await ctx.cmd('AT+HTTPREAD=0,100');
          expectFinal(read, 'OK');
          const block = await ctx.target.collect((t) => /\+HTTPREAD: 0\r\n/.test(t), 10_000);
          expectTrue(block.includes(`\r\n+HTTPREAD: ${content.length}\r\n${content}\r\n+HTTPREAD: 0\r\n`), `AT+HTTPREAD's data block; got ${JSON.stringify(block)}`);
          const head = await ctx.cmd('AT+HTTPHEAD');
          expectFinal(head, 'OK');
          expectTrue(/\+HTTPHEAD: \d+\r\nHTTP\/1\.1 200 OK\r\n/.test(head.raw) && /Content-Type: text\/plain\r\n/i.test(head.raw), `the header; got ${JSON.stringify(head.raw)}`);
          await ctx.ok('AT+HTTPTERM');
        } finally {
          await s.close();
        }
      },
    },
    {
      name: 'POST: the bytes given after DOWNLOAD reach the server',
      spec: '§14.2.7 AT+HTTPDATA=<size>,<time>: DOWNLOAD, <size> bytes, OK; §14.2.4 method 1 POST',
      requires: ['http.client'],
      needsControl: true,
      async run(ctx) {
        const s = await server('stored');
        try {
          await route(ctx, s.port);
          await started(ctx);
          await ctx.ok(`AT+HTTPPARA="URL","http://${NAME}/upload"`);
          const data = Buffer.from('{"t":21.5}\r\n\x1a', 'latin1');
          await ctx.target.write(`AT+HTTPDATA=${data.length},10\r`);
          const prompt = await ctx.target.collect((t) => /DOWNLOAD\r\n/.test(t), 10_000);
          expectTrue(/\r\nDOWNLOAD\r\n/.test(prompt), `AT+HTTPDATA should answer DOWNLOAD; got ${JSON.stringify(prompt)}`);
          await ctx.target.write(data);
          const done = await ctx.target.collect((t) => /\r\n(OK|ERROR)\r\n/.test(t), 15_000);
          expectTrue(/\r\nOK\r\n/.test(done), `OK after the data; got ${JSON.stringify(done)}`);
          expectEqual(await action(ctx, 1), '+HTTPACTION: 1,200,6', 'the report');
          expectEqual(s.seen[0]?.body.toString('latin1'), data.toString('latin1'), 'the content the server received');
          await ctx.ok('AT+HTTPTERM');
        } finally {
          await s.close();
        }
      },
    },
    {
      name: 'a server that refuses the connection: +HTTPACTION: 0,714,0',
      spec: '§14.3.2 <errcode> 714 Connect socket failed',
      requires: ['http.client'],
      needsControl: true,
      async run(ctx) {
        const closed = createNetServer();
        await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
        const port = (closed.address() as { port: number }).port;
        await new Promise<void>((r) => closed.close(() => r()));
        await route(ctx, port);
        await started(ctx);
        await ctx.ok(`AT+HTTPPARA="URL","http://${NAME}/"`);
        expectEqual(await action(ctx, 0), '+HTTPACTION: 0,714,0', 'the report');
        await ctx.ok('AT+HTTPTERM');
      },
    },
  ],
});

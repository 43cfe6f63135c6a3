// A model test of the links (fast-check): random sequences of AT+CIPOPEN / AT+CIPSEND /
// AT+CIPCLOSE on links 0-3 against a real TCP server on loopback. The model is a few lines of
// its own — which links are open and what each has sent — never the simulator's code: each
// answer must be the one the model predicts, AT+CIPCLOSE? must show the model's links, and the
// server must have received, per connection, exactly the bytes the model sent.

import { afterAll, beforeAll, expect, it } from 'vitest';
import fc from 'fast-check';
import { ModemHarness } from '../../testing/harness.js';
import { tcpServer, type TcpTestServer } from '../../internet/testing/servers.js';

type Op = { kind: 'open'; link: number } | { kind: 'close'; link: number } | { kind: 'send'; link: number; data: string };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('open' as const), link: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ kind: fc.constant('close' as const), link: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ kind: fc.constant('send' as const), link: fc.integer({ min: 0, max: 3 }), data: fc.string({ minLength: 1, maxLength: 20, unit: fc.constantFrom(...'abcXYZ019 -') }) }),
);

let server: TcpTestServer;
beforeAll(async () => {
  server = await tcpServer();
});
afterAll(() => server.close());

it('links follow a simple model of open/send/close', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
      const h = await ModemHarness.start();
      try {
        await h.command('ATE0');
        await h.command('AT+NETOPEN');
        await h.advance(1000);
        h.take();
        const firstConnection = server.sockets.length;
        // The model: for each link, the index of its connection at the server, and what it sent.
        const open = new Map<number, { connection: number; sent: string }>();
        const finished: Array<{ connection: number; sent: string }> = [];
        let connections = 0;
        for (const o of ops) {
          if (o.kind === 'open') {
            const out = await h.command(`AT+CIPOPEN=${o.link},"TCP","127.0.0.1",${server.port}`);
            if (open.has(o.link)) expect(out).toBe(`\r\n+CIPOPEN: ${o.link},4\r\n\r\nERROR\r\n`);
            else {
              expect(out).toBe(`\r\nOK\r\n\r\n+CIPOPEN: ${o.link},0\r\n`);
              open.set(o.link, { connection: firstConnection + connections++, sent: '' });
            }
          } else if (o.kind === 'close') {
            const out = await h.command(`AT+CIPCLOSE=${o.link}`);
            const was = open.get(o.link);
            if (!was) expect(out).toBe(`\r\n+CIPCLOSE: ${o.link},4\r\n\r\nERROR\r\n`);
            else {
              expect(out).toBe(`\r\nOK\r\n\r\n+CIPCLOSE: ${o.link},0\r\n`);
              open.delete(o.link);
              finished.push(was);
            }
          } else {
            const was = open.get(o.link);
            if (!was) {
              expect(await h.command(`AT+CIPSEND=${o.link},${o.data.length}`)).toBe('\r\n+CIPERROR: 4\r\n\r\nERROR\r\n');
              continue;
            }
            h.send(`AT+CIPSEND=${o.link},${o.data.length}\r`);
            await h.settle();
            h.send(o.data);
            await h.finish();
            expect(h.take()).toBe(`\r\n> \r\nOK\r\n\r\n+CIPSEND: ${o.link},${o.data.length},${o.data.length}\r\n`);
            was.sent += o.data;
          }
        }
        const states = [0, 1, 2, 3].map((n) => (open.has(n) ? 1 : 0)).join(',');
        expect(await h.command('AT+CIPCLOSE?')).toBe(`\r\n+CIPCLOSE: ${states}\r\n\r\nOK\r\n`);
        for (const link of [...finished, ...open.values()]) {
          if (link.sent === '') continue;
          expect((await server.bytes(link.sent.length, link.connection)).toString()).toBe(link.sent);
        }
      } finally {
        h.modem.powerOff();
      }
    }),
    { numRuns: 25 },
  );
});

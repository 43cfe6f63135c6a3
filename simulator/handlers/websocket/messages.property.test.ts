// Property: whatever messages go either way on a link — text (UTF-8) or binary, 1-1024 bytes,
// any bytes in binary ones, in any order — the server receives each AT+WSPUSH as one frame of
// the pushed type with exactly the pushed bytes, in order, and each message the server sends is
// printed as one "+WSRECEIVE: <link>,<len><CR><LF><data><CR><LF>" with exactly its bytes, in
// order. Real `ws` server on loopback; the module's output is parsed by the lengths it announces.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { ModemHarness } from '../../testing/harness.js';
import { wsTestServer, type WsTestServer } from '../../websocket/testing/ws-test-server.js';

let server: WsTestServer;
beforeAll(async () => {
  server = await wsTestServer();
});
afterAll(() => server.close());

type Message = { direction: 'push' | 'receive'; binary: boolean; data: Buffer };

const utf8Text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }).map((s) => Buffer.from(s, 'utf8')).filter((b) => b.length >= 1 && b.length <= 1024);
const binary = fc.uint8Array({ minLength: 1, maxLength: 1024 }).map((b) => Buffer.from(b));
const message: fc.Arbitrary<Message> = fc.oneof(
  fc.tuple(fc.constantFrom<'push' | 'receive'>('push', 'receive'), utf8Text).map(([direction, data]) => ({ direction, binary: false, data })),
  fc.tuple(fc.constantFrom<'push' | 'receive'>('push', 'receive'), binary).map(([direction, data]) => ({ direction, binary: true, data })),
);

/** The +WSRECEIVE reports in `output`, read by the lengths they announce. */
function reports(output: Buffer): Array<{ link: number; data: Buffer }> {
  const out: Array<{ link: number; data: Buffer }> = [];
  let at = 0;
  const text = output.toString('latin1');
  for (;;) {
    const m = /\r\n\+WSRECEIVE: (\d),(\d+)\r\n/g;
    m.lastIndex = at;
    const found = m.exec(text);
    if (!found) return out;
    const start = found.index + found[0].length;
    const length = Number(found[2]);
    out.push({ link: Number(found[1]), data: output.subarray(start, start + length) });
    expect(text.slice(start + length, start + length + 2)).toBe('\r\n');
    at = start + length + 2;
  }
}

describe('WebSocket messages (property)', () => {
  it('carries every message both ways with its type and exact bytes, in order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(message, { minLength: 1, maxLength: 12 }), async (messages) => {
        const h = await ModemHarness.start();
        try {
          await h.advance(10_000);
          await h.command('ATE0');
          await new ModemControl(h.modem).run('internet route', { to: '192.0.2.80:80', port: server.port });
          await h.command('AT+WSSTART');
          await h.advance(1000);
          const before = server.connections.length;
          const linked = await h.command('AT+WSLINK=1,"ws://192.0.2.80/p"');
          if (!linked.includes('+WSLINK: 1,0')) await h.waitForOutput('+WSLINK: 1,0');
          const conn = await server.connection(before);
          h.take();
          let received = Buffer.alloc(0);
          const collect = () => (received = Buffer.concat([received, Buffer.from(h.take(), 'latin1')]));
          for (const m of messages) {
            if (m.direction === 'receive') {
              conn.socket.send(m.binary ? m.data : m.data.toString('utf8'), { binary: m.binary });
              continue;
            }
            h.send(`AT+WSPUSH=1,${m.data.length},${m.binary ? 1 : 0}\r`);
            await h.settle();
            // The prompt comes first (reports of received messages may come before it).
            await h.waitForOutput('\r\n> ');
            const upto = h.peek().lastIndexOf('\r\n> ');
            received = Buffer.concat([received, Buffer.from(h.take().slice(0, upto), 'latin1')]);
            h.send(m.data);
            await h.finish();
            collect();
            while (!received.toString('latin1').includes(`+WSPUSH: 1,0,${m.data.length}`)) {
              await new Promise((r) => setTimeout(r, 2));
              await h.settle();
              collect();
            }
            received = Buffer.from(received.toString('latin1').replace(`\r\nOK\r\n`, '').replace(`\r\n+WSPUSH: 1,0,${m.data.length}\r\n`, ''), 'latin1');
          }
          const pushes = messages.filter((m) => m.direction === 'push');
          const incoming = messages.filter((m) => m.direction === 'receive');
          const frames = await conn.received(pushes.length);
          expect(frames).toEqual(pushes.map((m) => ({ data: m.data, binary: m.binary })));
          for (let i = 0; i < 400 && reports(received).length < incoming.length; i++) {
            await new Promise((r) => setTimeout(r, 2));
            await h.settle();
            collect();
          }
          expect(reports(received)).toEqual(incoming.map((m) => ({ link: 1, data: m.data })));
        } finally {
          h.modem.powerOff();
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

// AT+CCHSEND's send timeout (manual §17.2.11 <sendtimeout_val>, §17.2.14, §17.3.1 <err> 18):
// against a real server that stops reading, the host's TCP stack takes a few MB and then no
// more; sends after that are reported "+CCHSEND: <session_id>,18" once the session's send
// timeout has passed, and AT+CCHSEND? shows the bytes still waiting.

import { afterAll, beforeAll, expect, it } from 'vitest';
import { tcpServer, type TcpTestServer } from '../../internet/testing/servers.js';
import { ModemHarness } from '../../testing/harness.js';

let server: TcpTestServer;
beforeAll(async () => {
  server = await tcpServer((socket) => socket.pause());
});
afterAll(() => server.close());

async function until(h: ModemHarness, done: () => boolean, realMs = 10_000): Promise<void> {
  const deadline = Date.now() + realMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out; output ends ${JSON.stringify(h.peek().slice(-200))}`);
    await h.settle();
    await new Promise((r) => setTimeout(r, 5));
  }
}

it('reports +CCHSEND: <session_id>,18 for data the stack did not take within <sendtimeout_val>', async () => {
  const h = await ModemHarness.start();
  // Writes that never complete must not hold virtual time back here.
  h.clock.outsideWaitMs = 0;
  try {
    await h.command('ATE0');
    await h.command('AT+CCHSET=1;+CCHSTART');
    await h.advance(1000);
    await h.command('AT+CCHCFG="sendtimeout",0,60');
    h.send(`AT+CCHOPEN=0,"127.0.0.1",${server.port},1\r`);
    await until(h, () => h.peek().includes('+CCHOPEN: 0,0'));
    h.take();
    // Batches of 256 sends of 2048 bytes until the stack stops taking them (a few MB on Linux).
    const block = Buffer.alloc(2048, 0x55);
    const batch = Buffer.concat(Array.from({ length: 256 }, () => Buffer.concat([Buffer.from('AT+CCHSEND=0,2048\r'), block])));
    let output = '';
    const count = (text: string) => output.split(text).length - 1;
    let sends = 0;
    let taken = 0;
    while (sends < 16 * 256) {
      h.send(batch);
      sends += 256;
      await until(h, () => ((output += h.take()), count('\r\nOK\r\n') === sends), 30_000);
      await new Promise((r) => setTimeout(r, 100));
      await h.settle();
      output += h.take();
      taken = count('+CCHSEND: 0,0');
      if (taken < sends) break;
    }
    // Settled: what the stack took is all it takes while the server does not read.
    await new Promise((r) => setTimeout(r, 300));
    await h.settle();
    output += h.take();
    taken = count('+CCHSEND: 0,0');
    expect(taken).toBeLessThan(sends);
    expect(count('+CCHSEND: 0,18')).toBe(0);
    const unsent = /\+CCHSEND: 0,(\d+),1,0/.exec(await h.command('AT+CCHSEND?'));
    expect(Number(unsent![1])).toBe((sends - taken) * 2048);
    await h.advance(59_000);
    expect(h.take()).not.toContain('+CCHSEND: 0,18');
    await h.advance(1_000);
    output = h.take();
    expect(count('+CCHSEND: 0,18')).toBe(sends - taken);
  } finally {
    h.modem.powerOff();
  }
}, 60_000);

// Chapter 17's SSL client examples (§17.2.5-17.2.15) through the shared runner. The manual's
// module talked to 183.230.174.137:6043 and www.baidu.com; here those are routed (control
// "internet route") to real servers of the test on loopback. Setups put the module in the state
// an example was taken in (the service started, a session open, data cached); corrections say
// where the manual prints another network's values or text the OCR reshaped. The AT+CCHSEND
// example, whose block prints the 121 bytes typed at the prompt as if they were answer lines,
// is written out below against an HTTPS server.

import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { beforeAll, describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { testPki, type TestPki } from '../../ssl/testing/pki.js';
import { tcpServer, type TcpTestServer } from '../../internet/testing/servers.js';
import { cachedLength } from '../../state/cch.js';
import { loadCommandTable } from '../../spec/table.js';
import { ModemHarness } from '../../testing/harness.js';
import { cleanupsAfterAll, describeManualExamples, echoOffModule, reproducedCount, type ExampleChapter, type ExampleFix } from '../../testing/manual-examples.js';

const NAMES = ['+CCHSET', '+CCHMODE', '+CCHSTART', '+CCHSTOP', '+CCHADDR', '+CCHSSLCFG', '+CCHCFG', '+CCHOPEN', '+CCHCLOSE', '+CCHSEND', '+CCHRECV'];
const COMMANDS = loadCommandTable().manual.filter((s) => NAMES.includes(s.name));
const cleanups = cleanupsAfterAll();

const control = (h: ModemHarness) => new ModemControl(h.modem);

/** AT+CCHSTART (on <cid>, defined first when it is not 1), and its +CCHSTART URC. */
async function started(h: ModemHarness, cid?: number): Promise<void> {
  if (cid !== undefined && cid !== 1) await h.command(`AT+CGDCONT=${cid},"IP","cmnet"`);
  await h.command(cid === undefined ? 'AT+CCHSTART' : `AT+CCHSTART=${cid}`);
  await h.advance(5000);
}

/** A TCP server standing in for 183.230.174.137:6043. */
async function remoteServer(h: ModemHarness): Promise<TcpTestServer> {
  const server = await tcpServer();
  cleanups.push(() => server.close());
  await control(h).run('internet route', { to: '183.230.174.137:6043', port: server.port });
  return server;
}

/** Session 0 open over TCP to 183.230.174.137:6043 (the AT+CCHOPEN example). */
async function openSession(h: ModemHarness): Promise<TcpTestServer> {
  const server = await remoteServer(h);
  await started(h);
  h.take();
  h.send('AT+CCHOPEN=0,"183.230.174.137",6043,1\r');
  await h.finish();
  await h.waitForOutput('+CCHOPEN: 0,0');
  return server;
}

/**
 * For an example that shows what follows real I/O after the final result code (a connect, a
 * close): the fix's setup (then `setup`) starts watching the output, and after the command the
 * runner waits (in real time) until `text` has been printed.
 */
function awaiting(text: string, setup?: (h: ModemHarness) => Promise<void>): ExampleFix {
  let printed = '';
  return {
    setup: async (h) => {
      await setup?.(h);
      h.modem.events.on('tx', (bytes) => (printed += bytes.toString('latin1')));
    },
    afterCommand: async (h) => {
      const deadline = Date.now() + 3000;
      while (!printed.includes(text)) {
        if (Date.now() > deadline) throw new Error(`no ${text} within 3 s; printed ${JSON.stringify(printed)}`);
        await h.settle();
        await new Promise((r) => setTimeout(r, 5));
      }
    },
  };
}

/**
 * The §17.2.15 example reads 3072 cached bytes of www.baidu.com's answer in three blocks of 1024.
 * The manual prints them as the OCR wrapped them, with its non-ASCII title text garbled: here the
 * server sends the manual's lines (non-ASCII as "?"), each block of 1024 bytes the manual's lines
 * of that block joined by <CR><LF>, its last line cut or padded with dots to end the block.
 */
function recvBlocks(): string[][] {
  const lines = COMMANDS.find((s) => s.name === '+CCHRECV')!.examples[1]!.lines;
  const blocks: string[][] = [];
  for (const line of lines) {
    if (line.startsWith('+CCHRECV: DATA')) blocks.push([]);
    else if (/^\+CCH(RECV: 0|EVENT)/.test(line)) break;
    else if (blocks.length > 0) blocks.at(-1)!.push(line.replace(/[^\x20-\x7e]/g, '?'));
  }
  return blocks.map((block) => {
    const text = block.join('\r\n');
    const fitted = text.length >= 1022 ? text.slice(0, 1022) : text + '.'.repeat(1022 - text.length);
    return fitted.split('\r\n');
  });
}
const RECV_BLOCKS = recvBlocks();
let recvServer: TcpTestServer | undefined;
const RECV_PAYLOAD = Buffer.from(RECV_BLOCKS.map((b) => b.join('\r\n') + '\r\n').join(''), 'latin1');

const chapter: ExampleChapter = {
  title: 'manual chapter 17 examples: the SSL client (AT+CCH*)',
  commands: COMMANDS,
  module: 'block',
  compare: 'lines',
  start: echoOffModule({ cleanups }),
  fixes: {
    '+CCHSTART': {
      0: { thenMs: 1000 },
      1: { setup: [{ at: 'AT+CGDCONT=2,"IP","cmnet"' }], thenMs: 5000 },
    },
    '+CCHSTOP': {
      0: awaiting('+CCHSTOP: 0', (h) => started(h)),
      1: awaiting('+CCHSTOP: 0,2', (h) => started(h, 2)),
    },
    '+CCHADDR': {
      0: {
        correction: { lines: ['AT+CCHADDR', '+CCHADDR: 10.83.214.110', 'OK'], why: "the address is the network's: this network gives the default bearer 10.83.214.110 (the AT+CGPADDR example, §5.2.9)" },
      },
      1: {
        setup: (h) => started(h, 3),
        correction: { lines: ['AT+CCHADDR=3', '+CCHADDR: 10.83.214.111', 'OK'], why: "the address is the network's: context 3, activated by AT+CCHSTART=3, gets this network's second address" },
      },
    },
    '+CCHSSLCFG': { 2: { setup: (h) => started(h) } },
    '+CCHCFG': {
      2: { setup: (h) => started(h) },
      3: { setup: (h) => started(h) },
      4: { setup: (h) => started(h) },
      // The blocks after AT+CCHCFG="CID",2 show its effect: both sessions on context 2.
      5: { setup: async (h) => (await started(h), void (await h.command('AT+CCHCFG="CID",2'))) },
      6: { setup: async (h) => (await started(h), void (await h.command('AT+CCHCFG="CID",2'))) },
      7: { setup: async (h) => (await started(h), void (await h.command('AT+CCHCFG="CID",2'))) },
    },
    '+CCHOPEN': {
      1: awaiting('+CCHOPEN: 0,0', async (h) => (await remoteServer(h), await started(h))),
      2: { setup: async (h) => void (await openSession(h)) },
    },
    '+CCHCLOSE': { 0: awaiting('+CCHCLOSE: 0,0', async (h) => void (await openSession(h))) },
    '+CCHSEND': { 2: { skip: 'the block prints the 121 bytes typed at the prompt as answer lines: see the request test below' } },
    '+CCHRECV': {
      0: {
        setup: async (h) => {
          await h.command('AT+CCHSET=0,1');
          const server = await openSession(h);
          (await server.connection()).write(Buffer.alloc(3072, 'x'));
          await h.waitForOutput('+CCHEVENT: 0,RECV EVENT');
          while (cachedLength(h.modem.state.cch, 0) < 3072) await new Promise((r) => setTimeout(r, 5));
        },
      },
      1: {
        setup: async (h) => {
          await h.command('AT+CCHSET=0,1');
          const server = await openSession(h);
          (await server.connection()).write(RECV_PAYLOAD);
          await h.waitForOutput('+CCHEVENT: 0,RECV EVENT');
          while (cachedLength(h.modem.state.cch, 0) < RECV_PAYLOAD.length) await new Promise((r) => setTimeout(r, 5));
          // More data after the read gives the example's closing "+CCHEVENT: 0,RECV EVENT".
          recvServer = server;
        },
        afterCommand: async (h) => {
          (await recvServer!.connection()).write('more');
          await h.waitForOutput('+CCHEVENT: 0,RECV EVENT');
        },
        correction: {
          lines: [
            'AT+CCHRECV=0',
            'OK',
            ...RECV_BLOCKS.flatMap((block) => ['+CCHRECV: DATA,0,1024', ...block.filter((l) => l !== '')]),
            '+CCHRECV: 0,0',
            '+CCHEVENT: 0,RECV EVENT',
          ],
          why: "the manual's 3 KB from www.baidu.com as the OCR wrapped it, with garbled non-ASCII text: the server here sends the manual's lines, 1024 bytes a block (see recvBlocks)",
        },
      },
    },
  },
};

describeManualExamples(chapter);

it('the SSL client examples: all 32 blocks reproduced, 31 by the runner and the AT+CCHSEND request below', () => {
  expect(COMMANDS).toHaveLength(11);
  expect(COMMANDS.reduce((n, s) => n + s.examples.length, 0)).toBe(32);
  expect(reproducedCount(chapter)).toBe(31);
});

describe('§17.2.14 the AT+CCHSEND example', () => {
  let pki: TestPki;
  let https: HttpsServer;
  const requests: Array<{ method?: string; url?: string; headers: Record<string, unknown> }> = [];
  beforeAll(async () => {
    pki = await testPki();
    https = createHttpsServer({ ...pki.server }, (req, res) => {
      requests.push({ method: req.method, url: req.url, headers: req.headers });
      res.setHeader('Content-Type', 'text/html');
      res.end('<html>ok</html>');
    });
    await new Promise<void>((resolve) => https.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => https.close(() => resolve())));
  }, 60_000);

  it('§17.2.14 AT+CCHSEND=0,121: the prompt takes the 121-byte GET request to www.baidu.com over TLS; the answer is pushed', async () => {
    const request = 'GET / HTTP/1.1\r\nHost: www.baidu.com\r\nUser-Agent: MAUI htp User Agent\r\nProxy-Connection: keep-alive\r\nContent-Length: 0\r\n\r\n';
    expect(request.length).toBe(121);
    const h = await ModemHarness.start();
    cleanups.push(() => h.modem.powerOff());
    await h.command('ATE0');
    await control(h).run('set host', { name: 'www.baidu.com', address: '110.242.68.66' });
    await control(h).run('internet route', { to: '110.242.68.66:443', port: (https.address() as { port: number }).port });
    await started(h);
    h.take();
    h.send('AT+CCHOPEN=0,"www.baidu.com",443\r');
    await h.finish();
    await h.waitForOutput('+CCHOPEN: 0,0');
    h.take();
    h.send('AT+CCHSEND=0,121\r');
    await h.settle();
    expect(h.take()).toBe('\r\n> ');
    h.send(request);
    await h.finish();
    const out = await h.waitForOutput('<html>ok</html>\r\n');
    expect(out).toMatch(/^\r\nOK\r\n\r\n\+CCHRECV: DATA,0,\d+\r\nHTTP\/1\.1 200 OK\r\n[\s\S]*\r\n\r\n<html>ok<\/html>\r\n$/);
    const answer = out.slice('\r\nOK\r\n'.length);
    const length = Number(/DATA,0,(\d+)/.exec(answer)![1]);
    expect(answer.length).toBe(`\r\n+CCHRECV: DATA,0,${length}\r\n`.length + length + 2);
    expect(requests.at(-1)).toMatchObject({ method: 'GET', url: '/', headers: { host: 'www.baidu.com', 'user-agent': 'MAUI htp User Agent', 'content-length': '0' } });
  });
});

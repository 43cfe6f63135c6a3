// Chapter 13 of the manual, example by example: every Examples block of §13.2.1-13.2.20. The
// manual's module talked to 183.230.174.137:6031 and the like; here those addresses are routed
// (control "internet route") to real servers of the test on loopback. Setups put the module in
// the state an example was taken in (the socket service open, a link connected, data waiting);
// corrections say where the manual's text contradicts itself or prints another network's values.

import { expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { loadCommandTable } from '../../spec/table.js';
import type { ModemHarness } from '../../testing/harness.js';
import { cleanupsAfterAll, describeManualExamples, echoOffModule, reproducedCount, type ExampleChapter, type ExampleFix } from '../../testing/manual-examples.js';
import { tcpServer, udpPeer } from '../../internet/testing/servers.js';
import type { Socket } from 'node:net';

const CHAPTER_13 = loadCommandTable().manual.filter((s) => s.chapter === 13);
const cleanups = cleanupsAfterAll();

const control = (h: ModemHarness) => new ModemControl(h.modem);

async function netopen(h: ModemHarness, cid?: number): Promise<void> {
  if (cid !== undefined) await h.command(`AT+CGDCONT=${cid},"IP","cmnet"`);
  await h.command(cid === undefined ? 'AT+NETOPEN' : `AT+NETOPEN=${cid}`);
  await h.advance(2000);
}

/** A TCP server standing in for 183.230.174.137:6031; returns the module side's first peer socket. */
async function remoteServer(h: ModemHarness, onConnection?: (s: Socket) => void) {
  const server = await tcpServer(onConnection);
  cleanups.push(() => server.close());
  await control(h).run('internet route', { to: '183.230.174.137:6031', port: server.port });
  return server;
}

async function connectedLink(h: ModemHarness, n: number) {
  const server = await remoteServer(h);
  await netopen(h);
  await h.command(`AT+CIPOPEN=${n},"TCP","183.230.174.137",6031`);
  return server;
}

async function bufferedData(h: ModemHarness, data: string): Promise<void> {
  const server = await remoteServer(h);
  await netopen(h);
  await h.command('AT+CIPRXGET=1');
  await h.command('AT+CIPOPEN=0,"TCP","183.230.174.137",6031');
  (await server.connection()).write(data);
  await h.waitForOutput('+CIPRXGET: 1,0');
  await new Promise((r) => setTimeout(r, 20));
}

const opened: ExampleFix = { setup: (h) => netopen(h) };
const URC_MS = 3000;

const chapter: ExampleChapter = {
  title: 'manual chapter 13 examples',
  commands: CHAPTER_13,
  module: 'block',
  compare: 'lines',
  start: echoOffModule({ cleanups, prepare: (h) => control(h).run('set internet', { listenPorts: 'ephemeral' }) }),
  // The manual's remarks ("// TCP connection") and the "fixed length" remark glued to OK go.
  clean: (line) => {
    const text = line.replace(/\s*\/\/.*$/, '').trim();
    return /^OK\s+[a-z]/.test(text) ? 'OK' : text;
  },
  fixes: {
    '+NETOPEN': {
      0: opened,
      1: { thenMs: URC_MS },
      2: { setup: [{ at: 'AT+CGDCONT=2,"IP","cmnet"' }], thenMs: URC_MS },
    },
    '+NETCLOSE': {
      0: opened,
      1: { setup: (h) => netopen(h, 2) },
    },
    '+CIPOPEN': {
      1: {
        setup: async (h) => {
          await connectedLink(h, 1);
        },
      },
      2: {
        setup: async (h) => {
          await remoteServer(h);
          await netopen(h);
        },
      },
      3: opened,
    },
    '+CIPSEND': {
      1: {
        setup: async (h) => {
          await connectedLink(h, 1);
        },
        thenMs: URC_MS,
      },
      2: {
        setup: async (h) => {
          const peer = await udpPeer();
          cleanups.push(() => peer.close());
          await control(h).run('internet route', { to: '183.230.174.137:6031', port: peer.port });
          await netopen(h);
          await h.command('AT+CIPOPEN=3,"UDP",,,6031');
        },
        thenMs: URC_MS,
      },
    },
    '+CIPRXGET': {
      1: { setup: [{ at: 'AT+CIPRXGET=1' }] },
      3: { setup: (h) => bufferedData(h, '123456') },
      4: { setup: (h) => bufferedData(h, '123456') },
      5: { setup: (h) => bufferedData(h, 'eighteen bytes....') },
    },
    '+CIPCLOSE': {
      2: {
        setup: async (h) => {
          await connectedLink(h, 0);
        },
        thenMs: URC_MS,
      },
    },
    '+IPADDR': {
      0: {
        setup: (h) => netopen(h),
        correction: { lines: ['AT+IPADDR', '+IPADDR: 10.83.214.110', 'OK'], why: 'the address is the network\'s: this network hands out 10.83.214.110 first (the AT+CGPADDR example, §5.2.9)' },
      },
      1: {
        setup: (h) => netopen(h, 2),
        correction: { lines: ['AT+IPADDR=2', '+IPADDR: 10.83.214.111', 'OK'], why: 'the address is the network\'s: context 2 gets this network\'s second address' },
      },
    },
    '+CIPCFG': {
      4: { setup: [{ at: 'AT+CIPCFG="CID",3' }] },
      5: { setup: [{ at: 'AT+CIPCFG="CID",3' }] },
    },
    '+SERVERSTART': { 1: opened, 2: opened },
    '+SERVERSTOP': {
      0: { setup: async (h) => (await netopen(h), void (await h.command('AT+SERVERSTART=10000,0'))), thenMs: URC_MS },
    },
    '+CIPACK': {
      1: {
        setup: async (h) => {
          const server = await connectedLink(h, 0);
          h.send('AT+CIPSEND=0,10\r');
          await h.settle();
          h.send('0123456789');
          await h.finish();
          await server.bytes(10);
          (await server.connection()).write('abcde');
          await h.waitForOutput('abcde');
        },
      },
    },
    '+CDNSGIP': {
      1: { setup: async (h) => (await netopen(h), void (await control(h).run('set host', { name: 'www.baidu.com', address: '61.135.169.121' }))) },
    },
    '+CSOCKSETPN': {
      1: {
        correction: {
          lines: ['AT+CSOCKSETPN?', '+CSOCKSETPN: 1,1', 'OK'],
          why: 'the response section gives one line, "+CSOCKSETPN: <cid>,<ip_family>" (the default profile); the example prints three, for contexts 1-3',
        },
      },
    },
    '+CTCPKA': {
      0: opened,
      1: { setup: async (h) => (await netopen(h), void (await h.command('AT+CTCPKA=1,2,5,1'))) },
    },
    '+CDNSCFG': {
      0: { setup: [{ at: 'AT+CDNSCFG="183.230.126.224","183.230.126.225"' }] },
    },
  },
};

describeManualExamples(chapter);

it('chapter 13: covers all 20 commands, each with examples, every block reproduced', () => {
  expect(CHAPTER_13.map((s) => s.name)).toHaveLength(20);
  for (const spec of CHAPTER_13) expect(spec.examples.length, spec.name).toBeGreaterThan(0);
  expect(reproducedCount(chapter)).toBe(CHAPTER_13.reduce((n, s) => n + s.examples.length, 0));
});

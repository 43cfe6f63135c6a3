// Chapter 18 of the manual, example by example: every Examples block of §18.2.1-18.2.2. The
// manual's module downloaded "http://183.230.174.137:6022/bin/fbf_dfota.par"; here that address
// is routed (control "internet route") to a real HTTP server of the test serving a package of
// this simulator's format (simulator/fota/package.ts), in the parts the example's progress shows.
// The AT+LFOTA transfer sends a package of the example's 5358979 bytes.

import { expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { buildPackage } from '../../fota/package.js';
import { packageServer } from '../../fota/testing/package-server.js';
import { loadCommandTable } from '../../spec/table.js';
import type { ModemHarness } from '../../testing/harness.js';
import { cleanupsAfterAll, describeManualExamples, echoOffModule, reproducedCount, type ExampleChapter } from '../../testing/manual-examples.js';

const CHAPTER_18 = loadCommandTable().manual.filter((s) => s.chapter === 18);
const cleanups = cleanupsAfterAll();

const MODEL = 'SIM767XX-XXXX';
const header = { model: MODEL, from: '*', to: '2374B05SIM767XM5A' };

/** A package of exactly `total` bytes whose payload is letters (no byte a line trim would take). */
function packageOf(total: number): Buffer {
  let payload = total - buildPackage(header, Buffer.alloc(0)).length;
  while (buildPackage(header, Buffer.alloc(payload, 0x41)).length > total) payload--;
  return buildPackage(header, Buffer.alloc(payload, 0x41));
}

/** Everything the module printed since `listen`, for waits that the runner's take() cannot disturb. */
function listen(h: ModemHarness): { until(text: string): Promise<void> } {
  let seen = '';
  h.modem.events.on('tx', (b) => (seen += b.toString('latin1')));
  return {
    until: async (text) => {
      const deadline = Date.now() + 5000;
      while (!seen.includes(text)) {
        if (Date.now() > deadline) throw new Error(`no "${text}" in ${JSON.stringify(seen)}`);
        await new Promise((r) => setTimeout(r, 2));
      }
    },
  };
}

let progress: { until(text: string): Promise<void> } | undefined;
const LFOTA_PACKAGE = packageOf(5358979);

const chapter: ExampleChapter = {
  title: 'manual chapter 18 examples',
  commands: CHAPTER_18,
  module: 'command',
  compare: 'lines',
  start: echoOffModule({ cleanups, registered: true }),
  fixes: {
    '+CFOTA': {
      0: {
        setup: async (h) => {
          const body = packageOf(6000);
          // The parts after which the manual's module reported 17, 50, 83 and 99 percent.
          const cuts = [0.17, 0.5, 0.83, 0.995].map((f) => Math.ceil(body.length * f));
          const seen = listen(h);
          progress = seen;
          const server = await packageServer(body, {
            pieces: cuts,
            beforePiece: (i) => seen.until(`DOWNLOADING:${Math.floor((cuts[i - 1]! * 100) / body.length)}\r\n`),
          });
          cleanups.push(() => server.close());
          await new ModemControl(h.modem).run('internet route', { to: '183.230.174.137:6022', port: server.port });
        },
        afterCommand: () => progress!.until('+CFOTA: 100\r\n'),
        correction: {
          lines: [
            'AT+CFOTA=0,1,"http://183.230.174.137:6022/bin/fbf_dfota.par",simcom,simcom',
            'OK',
            '+CFOTA: FOTA,START',
            '+CFOTA: DOWNLOADING:0',
            '+CFOTA: DOWNLOADING:17',
            '+CFOTA: DOWNLOADING:50',
            '+CFOTA: DOWNLOADING:83',
            '+CFOTA: DOWNLOADING:99',
            '+CFOTA: DOWNLOADING:100',
            '+CFOTA: 100',
          ],
          why: 'the response section prints OK before the indications, which the example leaves out; "+CFOTA:DOWNLOADING:0" lost its space (the other five lines have it); the example ends with the download, the §18.3 indication "+CFOTA: 100" follows it',
        },
      },
    },
    '+LFOTA': {
      1: {
        correction: {
          lines: ['AT+LFOTA=1,5358979', `> ${LFOTA_PACKAGE.toString('latin1')}`, 'OK', '+CFOTA: 100'],
          why: 'the example shows only the ">" where the 5358979 bytes of the package go: here a package of that size for this module; after OK the §18.3 indication follows',
        },
      },
    },
  },
};

describeManualExamples(chapter);

it('chapter 18: covers both commands, each with examples, every block reproduced', () => {
  expect(CHAPTER_18.map((s) => s.name)).toEqual(['+CFOTA', '+LFOTA']);
  expect(LFOTA_PACKAGE.length).toBe(5358979);
  expect(reproducedCount(chapter)).toBe(3);
  expect(reproducedCount(chapter)).toBe(CHAPTER_18.reduce((n, s) => n + s.examples.length, 0));
});

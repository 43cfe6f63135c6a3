// Chapter 24 of the manual, example by example: every Examples block of §24.2.1-24.2.18, each
// command's blocks in order on one module. The manual's module sent its MMS to the MMSC
// "mmsc.monternet.com" through the proxy 10.0.0.172:80 (the §24.2.1 and §24.2.2 examples): here
// that proxy is routed (control "internet route") to a real MMSC of the test on loopback. Setups
// put the module in the state an example was taken in (edit mode, a file on C:, recipients, a
// saved MMS); corrections say where the manual prints a placeholder for data or drops a space.

import { expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { fileSystemOf } from '../../fs/index.js';
import { mmscServer } from '../../mms/testing/mmsc-server.js';
import { loadCommandTable } from '../../spec/table.js';
import type { ModemHarness } from '../../testing/harness.js';
import { cleanupsAfterAll, describeManualExamples, echoOffModule, reproducedCount, type ExampleChapter, type ExampleFix, type SetupStep } from '../../testing/manual-examples.js';

const CHAPTER_24 = loadCommandTable().manual.filter((s) => s.chapter === 24);
const cleanups = cleanupsAfterAll();

/** A JPEG of the size the manual's file has ("AT+CFTRANRX="C:/OIP-C.jpg",2960"). */
const OIP_C = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2954, 0x20), Buffer.from([0xff, 0xd9])]);

const editing: SetupStep[] = [{ at: 'AT+CMMSEDIT=1' }];

/** The MMSC of the manual's examples, on loopback behind the manual's proxy address. */
async function mmsService(h: ModemHarness): Promise<void> {
  const server = await mmscServer();
  cleanups.push(() => server.close());
  await new ModemControl(h.modem).run('internet route', { to: '10.0.0.172:80', port: server.port });
  for (const line of ['AT+CMMSCURL="mmsc.monternet.com"', 'AT+CMMSPROTO=1,"10.0.0.172",80', 'AT+CMMSEDIT=1']) await h.command(line);
  h.send('AT+CMMSDOWN="TITLE",5\r');
  await h.settle();
  h.send('Hello');
  await h.finish();
}

/** +CMMSSEND: <err> follows the MMSC's answer: a moment of virtual time lets the real exchange settle first. */
const indication: Pick<ExampleFix, 'thenMs'> = { thenMs: 1 };

const chapter: ExampleChapter = {
  title: 'manual chapter 24 examples',
  commands: CHAPTER_24,
  module: 'command',
  compare: 'lines',
  start: echoOffModule({ cleanups, registered: true }),
  // The remarks ("// Effective when setting AT+CMMSCFG=...") go.
  clean: (line) => line.replace(/\s*\/\/.*$/, '').trim(),
  fixes: {
    '+CMMSSENDCFG': {
      1: {
        correction: {
          lines: ['AT+CMMSSENDCFG?', '+CMMSSENDCFG: 6,3,1,1,2,4', 'OK'],
          why: 'the example prints "+CMMSSENDCFG:6,..." without the space the response section (and every other answer of the chapter) has after the colon',
        },
      },
    },
    '+CMMSDOWN': {
      // "which was transferred to the directory C through command AT+CFTRANRX="C:/OIP-C.jpg",2960" (§24.2.5 note).
      1: { setup: async (h) => (fileSystemOf(h.modem).write('C:/OIP-C.jpg', OIP_C), void (await h.command('AT+CMMSEDIT=1'))) },
      2: { setup: [{ at: 'AT+CMMSCFG="data_mode",1' }] },
    },
    '+CMMSDELFILE': {
      0: {
        setup: async (h) => {
          fileSystemOf(h.modem).write('C:/OIP-C.jpg', OIP_C);
          await h.command('AT+CMMSEDIT=1');
          await h.command('AT+CMMSDOWN="ATTACH","C:/OIP-C.jpg"');
          await h.command('AT+CMMSDOWN="ATTACH","C:/OIP-C.jpg"');
        },
      },
    },
    '+CMMSSEND': {
      0: { setup: mmsService, ...indication },
      1: { setup: [{ at: 'AT+CMMSRECP="13613623116"' }], ...indication },
      2: {
        setup: [{ at: 'AT+CMMSCFG="data_mode",1' }, { at: 'AT+CMMSDOWN="TEXT",11,"t.txt"' }],
        correction: {
          lines: ['AT+CMMSSEND', '> hello world', 'OK', '+CMMSSEND: 0'],
          why: 'the example shows "<input data here>" where the data of the recorded files goes: here the 11 bytes of the text file recorded before',
        },
        ...indication,
      },
    },
    '+CMMSRECP': { 1: { setup: [...editing, { at: 'AT+CMMSRECP="15813862534"' }] } },
    '+CMMSCC': {
      1: {
        setup: [...editing, { at: 'AT+CMMSCC="t1@test.com"' }],
      },
    },
    '+CMMSBCC': { 1: { setup: [...editing, { at: 'AT+CMMSBCC="t1@test.com"' }] } },
    '+CMMSDELRECP': { 1: { setup: editing }, 2: { setup: [{ at: 'AT+CMMSRECP="13818362596"' }] } },
    '+CMMSDELCC': { 1: { setup: editing }, 2: { setup: [{ at: 'AT+CMMSCC="13818362596"' }] } },
    '+CMMSDELBCC': { 1: { setup: editing }, 2: { setup: [{ at: 'AT+CMMSBCC="13818362596"' }] } },
    '+CMMSSAVE': {
      1: {
        setup: async (h) => {
          await h.command('AT+CMMSEDIT=1');
          h.send('AT+CMMSDOWN="TITLE",5\r');
          await h.settle();
          h.send('Hello');
          await h.finish();
        },
      },
    },
    '+CMMSDELETE': {
      2: {
        setup: async (h) => {
          await h.command('AT+CMMSEDIT=1');
          await h.command('AT+CMMSRECP="13818362596"');
          h.send('AT+CMMSDOWN="TITLE",5\r');
          await h.settle();
          h.send('Hello');
          await h.finish();
          await h.command('AT+CMMSSAVE=1');
        },
      },
    },
  },
};

describeManualExamples(chapter);

it('chapter 24: covers all 18 commands, each with examples, every block reproduced', () => {
  expect(CHAPTER_24.map((s) => s.name)).toEqual([
    '+CMMSCURL',
    '+CMMSPROTO',
    '+CMMSSENDCFG',
    '+CMMSEDIT',
    '+CMMSDOWN',
    '+CMMSDELFILE',
    '+CMMSSEND',
    '+CMMSRECP',
    '+CMMSCC',
    '+CMMSBCC',
    '+CMMSDELRECP',
    '+CMMSDELCC',
    '+CMMSDELBCC',
    '+CMMSSAVE',
    '+CMMSDELETE',
    '+CMMSUA',
    '+CMMSPROFILE',
    '+CMMSCFG',
  ]);
  for (const spec of CHAPTER_24) expect(spec.examples.length, spec.name).toBeGreaterThan(0);
  expect(reproducedCount(chapter)).toBe(CHAPTER_24.reduce((n, s) => n + s.examples.length, 0));
  expect(reproducedCount(chapter)).toBe(54);
});

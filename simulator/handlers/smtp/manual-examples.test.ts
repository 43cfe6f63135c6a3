// Chapter 22 of the manual, example by example: every Examples block of §22.2.1-22.2.12 through
// the shared runner. The blocks of a command run in order on one module, as the manual shows
// them (a read after the write it follows). The manual's server "smtp.server.com" is a real SMTP
// server of the test on loopback (the name set in the network's host table, its address routed).
// Corrections say where the manual's text contradicts itself or names drives this module lacks.

import { expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { loadCommandTable } from '../../spec/table.js';
import { smtpTestServer } from '../../smtp/testing/smtp-test-server.js';
import type { ModemHarness } from '../../testing/harness.js';
import { cleanupsAfterAll, describeManualExamples, echoOffModule, reproducedCount, type ExampleChapter } from '../../testing/manual-examples.js';

const CHAPTER_22 = loadCommandTable().manual.filter((s) => s.chapter === 22);
const cleanups = cleanupsAfterAll();

const SERVER_IP = '203.0.113.25';

/** A mail ready to go to "smtp.server.com", a real server that holds the message if `hold`. */
async function mailReady(h: ModemHarness, hold = false): Promise<void> {
  const server = await smtpTestServer({ greetingDelayMs: 50, ...(hold ? { onMessage: () => new Promise<void>(() => undefined) } : {}) });
  cleanups.push(() => server.close());
  const control = new ModemControl(h.modem);
  await control.run('set host', { name: 'smtp.server.com', address: SERVER_IP });
  await control.run('internet route', { to: `${SERVER_IP}:25`, port: server.port });
  await h.command('AT+CSMTPSSRV="smtp.server.com",25,1');
  await h.command('AT+CSMTPSFROM="senderaddress@server.com","sendername"');
  await h.command('AT+CSMTPSRCPT=0,0,"rcptaddress_to@server.com","rcptname_to"');
}

/** The file the example names (this module has drives C: and D:, not the manual's E: and U:). */
const FILE1 = { control: 'fs put', params: { path: 'C:/file1.txt', text: 'file one' } };
const NON_ASCII = '测试附件.jpg';

const chapter: ExampleChapter = {
  title: 'manual chapter 22 examples',
  commands: CHAPTER_22,
  module: 'command',
  compare: 'lines',
  start: echoOffModule({ cleanups, registered: true }),
  fixes: {
    '+CSMTPSSUB': {
      2: {
        correction: {
          lines: ['AT+CSMTPSSUB?', '+CSMTPSSUB: 19,"utf-8"', 'THIS IS A TEST MAIL', 'OK'],
          why: 'the read answer is spelled "+SMTPSSUB:" here, "+SMTPSUB:" in the syntax and "+CSMTPSSUB:" in the first example: the command\'s own name is used',
        },
      },
    },
    '+CSMTPSFILE': {
      0: {
        setup: [FILE1],
        correction: { lines: ['AT+CSMTPSFILE=1,"C:/file1.txt"', 'OK'], why: 'this module has the drives C: and D: (chapter 10), not E:' },
      },
      1: {
        // A non-ASCII name "is only for SD cards": the file is on D:, the current directory.
        setup: [{ control: 'fs put', params: { path: `D:/${NON_ASCII}`, text: 'jpeg' } }, { at: 'AT+FSCD=D:/' }],
      },
      2: {
        // The manual's read shows index 1 as file1.txt again, after the {non-ascii} example
        // replaced it: that selection is made again.
        setup: [{ at: 'AT+CSMTPSFILE=1,"C:/file1.txt"' }],
        correction: {
          lines: ['AT+CSMTPSFILE?', '+CSMTPSFILE: 1,"C:/file1.txt",8', 'OK'],
          why: 'drive C: for E:, and the <filesize> the response syntax "+CSMTPSFILE: <index>,<filename>,<filesize>" gives (the example leaves it out)',
        },
      },
      3: {
        setup: [{ control: 'fs put', params: { path: 'D:/file2.txt', text: 'file two!' } }],
        correction: { lines: ['AT+CSMTPSFILE=2,"D:/file2.txt"', 'OK'], why: 'drive D: (the SD card) for U:' },
      },
      4: {
        correction: {
          lines: ['AT+CSMTPSFILE?', '+CSMTPSFILE: 1,"C:/file1.txt",8', '+CSMTPSFILE: 2,"D:/file2.txt",9', 'OK'],
          why: 'drives C: and D: for E: and U:, and the <filesize> of the response syntax',
        },
      },
    },
    '+CSMTPSSEND': {
      0: {
        setup: (h) => mailReady(h),
        afterCommand: async (h) => void (await h.waitForOutput('+CSMTPSSEND:')),
      },
    },
    '+CSMTPSSTOP': {
      0: {
        setup: async (h) => {
          await mailReady(h, true);
          await h.command('AT+CSMTPSSEND');
          await new Promise((r) => setTimeout(r, 300)); // the session is at DATA now
        },
        correction: {
          lines: ['AT+CSMTPSSTOP', 'OK', '+CSMTPSSEND: 612'],
          why: 'the example shows the OK; the +CSMTPSSEND session it stops then ends with <err> 612 "User cancel" (§22.3), printed right after',
        },
      },
    },
  },
};

describeManualExamples(chapter);

it('chapter 22: all 12 commands, every example block reproduced', () => {
  expect(CHAPTER_22.map((s) => s.name)).toHaveLength(12);
  for (const spec of CHAPTER_22) expect(spec.examples.length, spec.name).toBeGreaterThan(0);
  expect(reproducedCount(chapter)).toBe(CHAPTER_22.reduce((n, s) => n + s.examples.length, 0));
});

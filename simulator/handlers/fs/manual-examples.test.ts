// Chapter 10 of the manual, example by example: every Examples block of §10.2.1-10.2.10 against
// the SIM767XX profile. The examples presume files and directories the manual never makes
// (image_0.jpg, FirstDir, TESTFILE...); the setups put them there with the control actions and
// AT commands, and say where the current directory is.

import { expect, it } from 'vitest';
import { loadCommandTable } from '../../spec/table.js';
import { describeManualExamples, echoOffModule, reproducedCount, type ExampleChapter, type SetupStep } from '../../testing/manual-examples.js';

const CHAPTER_10 = loadCommandTable().manual.filter((s) => s.chapter === 10);

const put = (path: string, text = 'x'): SetupStep => ({ control: 'fs put', params: { path, text } });

const chapter: ExampleChapter = {
  title: 'manual chapter 10 examples',
  commands: CHAPTER_10,
  module: 'command',
  compare: 'lines',
  // The examples' remarks ("//Copy file TESTFILE on C:/ to C:/COPYFILE") are not module output.
  clean: (line) => line.replace(/\s*\/\/.*$/, '').trim(),
  start: echoOffModule(),
  fixes: {
    // The blocks that follow (AT+FSCD? answering D:/) show the directory the example ran in.
    '+FSMKDIR': { 0: { setup: [{ at: 'AT+FSCD=D:' }] } },
    '+FSRMDIR': { 0: { setup: [{ at: 'AT+FSCD=D:' }, { at: 'AT+FSMKDIR=SIMTech' }] } },
    '+FSLS': {
      0: {
        setup: [put('D:/image_0.jpg'), put('D:/image_1.jpg'), { at: 'AT+FSCD=D:' }, { at: 'AT+FSMKDIR=FirstDir' }, { at: 'AT+FSMKDIR=SecondDir' }],
      },
    },
    '+FSDEL': { 0: { setup: [put('C:/image_0.jpg')] } },
    '+FSRENAME': { 0: { setup: [put('C:/image_0.jpg')] } },
    '+FSATTRI': { 0: { setup: [put('C:/image_0.jpg', 'x'.repeat(8604))] } },
    '+FSCOPY': {
      0: {
        // 42200 bytes: 4096-byte pieces report 9.7 and 19.4 as the example shows.
        setup: [put('C:/TESTFILE', 'x'.repeat(42200))],
        correction: {
          why: 'the example elides the reports between 19.4 and 100.0 ("The big file maybe report many times")',
          lines: [
            'AT+FSCOPY=C:/TESTFILE,COPYFILE',
            ...['0.0', '9.7', '19.4', '29.1', '38.8', '48.5', '58.2', '67.9', '77.6', '87.3', '97.0', '100.0'].map((p) => `+FSCOPY: ${p}`),
            'OK',
          ],
        },
      },
    },
    '+FSPRESET': { 0: { setup: [put('C:/test.txt')] } },
  },
};

describeManualExamples(chapter);

it('chapter 10: covers all 10 commands, each with examples, 19 blocks reproduced', () => {
  expect(CHAPTER_10.map((s) => s.name)).toEqual(['+FSCD', '+FSMKDIR', '+FSRMDIR', '+FSLS', '+FSDEL', '+FSRENAME', '+FSATTRI', '+FSMEM', '+FSCOPY', '+FSPRESET']);
  for (const spec of CHAPTER_10) expect(spec.examples.length, spec.name).toBeGreaterThan(0);
  expect(reproducedCount(chapter)).toBe(19);
});

// Chapter 11 of the manual, example by example: every Examples block of §11.2.1-11.2.2 against
// the SIM767XX profile, with the files each presumes put on the module first.

import { expect, it } from 'vitest';
import { loadCommandTable } from '../../spec/table.js';
import { describeManualExamples, echoOffModule, reproducedCount, type ExampleChapter } from '../../testing/manual-examples.js';

const CHAPTER_11 = loadCommandTable().manual.filter((s) => s.chapter === 11);

const DATA_SPACE = 'the examples print "+CFTRANTX: DATA, <len>"; the module prints no space after the comma, as the response template\'s second line ("DATA,<len>"), the A76XX manual\'s same example and field logs of the Cat-1 firmware do';

const chapter: ExampleChapter = {
  title: 'manual chapter 11 examples',
  commands: CHAPTER_11,
  module: 'command',
  compare: 'lines',
  start: echoOffModule(),
  fixes: {
    '+CFTRANRX': {
      0: { correction: { why: 'the example does not show the 10 bytes sent after ">"', lines: ['AT+CFTRANRX="c:/t1.txt",10', '> 0123456789', 'OK'] } },
      1: {
        // <location> 10 writes after the first 10 bytes: the file (its name as printed, with the
        // space) holds them already.
        setup: [{ control: 'fs put', params: { path: 'C:/ t2.txt', text: '0123456789' } }],
        correction: { why: 'the example does not show the 10 bytes sent after ">"', lines: ['AT+CFTRANRX="C:/ t2.txt",10,10', '> abcdefghij', 'OK'] },
      },
    },
    '+CFTRANTX': {
      0: {
        setup: [{ control: 'fs put', params: { path: 'C:/t1.txt', text: 'Testcontent' } }],
        correction: { why: DATA_SPACE, lines: ['AT+CFTRANTX="c:/t1.txt"', '+CFTRANTX: DATA,11', 'Testcontent', '+CFTRANTX: 0', 'OK'] },
      },
      1: {
        setup: [{ control: 'fs put', params: { path: 'D:/MyDir/t1.txt', text: 'Testcontent' } }],
        correction: { why: DATA_SPACE, lines: ['AT+CFTRANTX="d:/MyDir/t1.txt"', '+CFTRANTX: DATA,11', 'Testcontent', '+CFTRANTX: 0', 'OK'] },
      },
      2: { correction: { why: DATA_SPACE, lines: ['AT+CFTRANTX="d:/MyDir/t1.txt",1,4', '+CFTRANTX: DATA,4', 'estc', '+CFTRANTX: 0', 'OK'] } },
    },
  },
};

describeManualExamples(chapter);

it('chapter 11: covers both commands, 5 blocks reproduced, with the data they send and read', async () => {
  expect(CHAPTER_11.map((s) => s.name)).toEqual(['+CFTRANRX', '+CFTRANTX']);
  expect(reproducedCount(chapter)).toBe(5);
  // The uploads of the first two blocks land where AT+CFTRANTX reads them.
  const h = await chapter.start('+CFTRANRX', undefined);
  await h.command('AT+CFTRANRX="c:/t1.txt",10');
  h.send('0123456789');
  await h.finish();
  expect(await h.command('AT+CFTRANTX="c:/t1.txt"')).toBe('\r\n+CFTRANTX: DATA,10\r\n0123456789\r\n+CFTRANTX: 0\r\n\r\nOK\r\n');
});

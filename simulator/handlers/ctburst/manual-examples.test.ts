// Chapter 19 of the manual, example by example: the blocks of §19.2.1 run in order on one
// module, as the manual took them (AT+CFUN=0 first: the RF test needs minimum functionality).

import { expect, it } from 'vitest';
import { loadCommandTable } from '../../spec/table.js';
import { describeManualExamples, echoOffModule, reproducedCount, type ExampleChapter } from '../../testing/manual-examples.js';

const CHAPTER_19 = loadCommandTable().manual.filter((s) => s.chapter === 19);

const chapter: ExampleChapter = {
  title: 'manual chapter 19 examples',
  commands: CHAPTER_19,
  module: 'command',
  compare: 'lines',
  // The examples' remarks ("//Close TX/RX CTBURST") are not part of the command line.
  clean: (line) => line.replace(/\s*\/\/.*$/, '').trim(),
  start: echoOffModule(),
  fixes: {
    '+CTBURST': {
      0: {
        correction: {
          lines: ['AT+CFUN=0', 'OK', '+SIMCARD: NOT AVAILABLE'],
          why: 'the simulator prints the +SIMCARD URC of leaving full functionality after the OK of AT+CFUN=0 (chapter 3), the example before it',
        },
      },
      // The RX level the manual's module measured: the serving cell's RSSI in the network world.
      4: { setup: [{ control: 'set signal', params: { rssi: -63 } }] },
    },
  },
};

describeManualExamples(chapter);

it('chapter 19: the 5 example blocks of +CTBURST reproduced', () => {
  expect(CHAPTER_19.map((s) => s.name)).toEqual(['+CTBURST']);
  expect(reproducedCount(chapter)).toBe(5);
});

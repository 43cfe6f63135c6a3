// Chapter 20 of the manual, example by example: the blocks of each command run in order on one
// module. The default access points around the module are those of the AT+CWSTASCAN example;
// the AT+CWSTASCANEX and AT+CWSTASCANSYN examples were taken among others, set up here.

import { expect, it } from 'vitest';
import { loadCommandTable } from '../../spec/table.js';
import { describeManualExamples, echoOffModule, reproducedCount, type ExampleChapter } from '../../testing/manual-examples.js';
import { ROUND_MS } from '../../wifi/scan.js';

const CHAPTER_20 = loadCommandTable().manual.filter((s) => s.chapter === 20);

/** The access points of the AT+CWSTASCANEX example (§20.2.2). */
const EX_APS = JSON.stringify([
  { bssid: '08:4F:0A:CA:45:80', channel: 6, rssi: -64 },
  { bssid: '92:32:4B:9F:E2:EB', channel: 1, rssi: -66 },
  { bssid: '08:4F:0A:CA:45:40', channel: 1, rssi: -79 },
  { bssid: '1C:15:1F:FD:C7:6C', channel: 6, rssi: -83 },
  // Heard too, but beyond the example's <scan_max_bssid_num> of 4.
  { bssid: 'C8:3A:35:10:22:01', channel: 11, rssi: -88 },
]);
/** Those of the AT+CWSTASCANSYN example (§20.2.3). */
const SYN_APS = JSON.stringify([
  { bssid: '08:4F:0A:CA:45:80', channel: 6, rssi: -64 },
  { bssid: '92:32:4B:9F:E2:EB', channel: 1, rssi: -66 },
  { bssid: '1C:15:1F:FD:C7:6C', channel: 6, rssi: -83 },
]);

const chapter: ExampleChapter = {
  title: 'manual chapter 20 examples',
  commands: CHAPTER_20,
  module: 'command',
  compare: 'lines',
  start: echoOffModule(),
  fixes: {
    '+CWSTASCANEX': { 3: { setup: [{ control: 'set wifi aps', params: { json: EX_APS } }] } },
    // The scan reports when it ends: one round with the factory settings.
    '+CWSTASCANSYN': { 2: { setup: [{ control: 'set wifi aps', params: { json: SYN_APS } }], thenMs: ROUND_MS } },
  },
};

describeManualExamples(chapter);

it('chapter 20: all 12 example blocks reproduced', () => {
  expect(CHAPTER_20.map((s) => s.name)).toEqual(['+CWSTASCAN', '+CWSTASCANEX', '+CWSTASCANSYN']);
  expect(reproducedCount(chapter)).toBe(12);
});

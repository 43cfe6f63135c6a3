// Chapter 17's configuration and certificate examples (§17.2.1-17.2.4, §17.2.16) through the
// shared runner; the AT+CCERTDOWN download, whose block shows the prompt but not the 1970 bytes
// typed into it, is written out below.

import { expect, it } from 'vitest';
import { loadCommandTable } from '../../spec/table.js';
import { certificatesOf } from '../../ssl/certificate-store.js';
import { ModemHarness } from '../../testing/harness.js';
import { describeManualExamples, echoOffModule, reproducedCount, type ExampleChapter } from '../../testing/manual-examples.js';

const NAMES = ['+CSSLCFG', '+CCERTDOWN', '+CCERTLIST', '+CCERTDELE', '+CCERTMOVE'];
const COMMANDS = loadCommandTable().manual.filter((s) => NAMES.includes(s.name));

const chapter: ExampleChapter = {
  title: 'manual chapter 17 examples: SSL contexts and certificates',
  commands: COMMANDS,
  module: 'block',
  compare: 'lines',
  start: echoOffModule(),
  fixes: {
    '+CCERTDOWN': { 1: { skip: 'the block shows the prompt but not the 1970 bytes typed at it: see the download test below' } },
    // §17.2.3 and §17.2.4 list and delete the "Is.pem" the §17.2.2 example downloaded.
    '+CCERTLIST': { 0: { setup: [{ control: 'cert put', params: { name: 'Is.pem', text: 'PEM' } }] } },
    '+CCERTDELE': { 0: { setup: [{ control: 'cert put', params: { name: 'Is.pem', text: 'PEM' } }] } },
    // §17.2.16 moves a "baidu.der" that is in the file system (AT+FSLS shows it).
    '+CCERTMOVE': { 0: { setup: [{ control: 'fs put', params: { path: 'C:/baidu.der', text: 'DER' } }] } },
  },
};

describeManualExamples(chapter);

it('chapter 17 (configuration and certificates): all 9 example blocks reproduced, 8 here and the download below', () => {
  expect(reproducedCount(chapter)).toBe(8);
  expect(COMMANDS.reduce((n, s) => n + s.examples.length, 0)).toBe(9);
});

it('§17.2.2 AT+CCERTDOWN="Is.pem",1970: the prompt takes exactly 1970 bytes into the store', async () => {
  const h = await ModemHarness.start();
  await h.command('ATE0');
  const data = Buffer.alloc(1970, 0x41);
  data.write('-----BEGIN CERTIFICATE-----\n');
  h.send('AT+CCERTDOWN="Is.pem",1970\r');
  await h.settle();
  expect(h.take()).toBe('\r\n> ');
  h.send(data);
  await h.finish();
  expect(h.take()).toBe('\r\nOK\r\n');
  expect(certificatesOf(h.modem).read('Is.pem')).toEqual(data);
});

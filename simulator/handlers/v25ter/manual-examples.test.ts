// Chapter 2 (V.25ter) and the engine's chapter-3 commands (+CPOF, +CRESET, +CMEE), example by
// example: every Examples block of §2.2.3-2.2.17, §3.2.3, §3.2.4 and §3.2.8. ATD and ATH are
// replayed with the network chapter (simulator/network/manual-examples.test.ts). The data-mode
// examples (+++, ATO) and AT&V need a module in the state the manual's was in, so they are
// written out below the table-driven ones.

import { expect, it } from 'vitest';
import { loadCommandTable } from '../../spec/table.js';
import { ModemHarness } from '../../testing/harness.js';
import { describeManualExamples, reproducedCount, type ExampleChapter } from '../../testing/manual-examples.js';

const table = loadCommandTable();
const CUSTOM = new Set(['+++', 'O', '&V']);
const COMMANDS = table.manual.filter((s) => (s.chapter === 2 && !['D', 'H'].includes(s.name)) || ['+CPOF', '+CRESET', '+CMEE'].includes(s.name));

const chapter: ExampleChapter = {
  title: 'manual chapter 2 examples (and +CPOF, +CRESET, +CMEE)',
  commands: COMMANDS.filter((s) => !CUSTOM.has(s.name)),
  module: 'block',
  compare: 'lines',
  start: async (command) => {
    // §2.2.5's ATI example was taken on firmware "V1.9.01"; §2.2.15's +CGMR example on
    // 2348B01SIM767XM5A (the profile's). Each example runs on the module it shows.
    const h = await ModemHarness.start(command === 'I' ? { identity: { revision: 'V1.9.01' } } : {});
    await h.command('ATE0');
    return h;
  },
};

describeManualExamples(chapter);

it('chapter 2: every command with examples is replayed here or with the network chapter', () => {
  const replayedHere = [...chapter.commands.map((s) => s.name), ...CUSTOM];
  expect(COMMANDS.filter((s) => s.examples.length > 0 && !replayedHere.includes(s.name))).toEqual([]);
  expect(reproducedCount(chapter)).toBeGreaterThanOrEqual(25);
});

it('§2.2.3 +++ and §2.2.4 ATO: leave a data call with the escape, and go back to it', async () => {
  const h = await ModemHarness.start();
  await h.command('ATE0');
  // After CONNECT the module's PPP endpoint starts LCP negotiation (RFC 1661): a frame
  // opening with the 0x7E flag follows the result code.
  expect(await h.command('ATD*99#')).toMatch(/^\r\nCONNECT\r\n~/);
  await h.advance(1100); // guard time before (§2.2.3 NOTE: at least 1000 ms)
  h.send('+++');
  await h.advance(1100); // and after
  expect(h.take()).toBe('\r\nOK\r\n');
  expect(await h.command('ATO')).toMatch(/^\r\nCONNECT\r\n/);
  expect(h.modem.port.mode).toBe('data');
});

it('§2.2.7 AT&V: the configuration line of a module set up as the manual\'s was', async () => {
  const h = await ModemHarness.start();
  await h.command('AT+CEREG=1;+CSMP=17,167,0,241;+CGEREP=1,0;+CSCA="+8613800230500",145');
  await h.command('AT+CMGF=1;+CPMS="ME","ME","ME"');
  for (const body of ['one', 'two']) {
    await h.command('AT+CMGW="+8613012345678"');
    h.send(body + '\x1a');
    await h.finish();
  }
  await h.command('AT+CMGF=0;+CGDCONT=1,"IP","cmnet"');
  h.take();
  const out = await h.command('AT&V');
  // The manual prints "+CSMP: 17, 167, 0, 241" with spaces its own AT+CSMP? example (§7.2.6)
  // does not have, and the address the network gave the context; its block also omits the OK.
  const [manual] = table.get('&V')!.examples[0]!.lines.slice(1);
  const expected = manual!.replace('17, 167, 0, 241', '17,167,0,241').replace('"10.161.250.60"', '"<address>"');
  expect(out.replace(/"(\d+\.){3}\d+"/, '"<address>"')).toBe(`AT&V\r\r\n${expected}\r\n\r\nOK\r\n`);
});

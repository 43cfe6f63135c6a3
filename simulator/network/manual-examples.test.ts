// The manual's examples of the network subsystem's commands, from the command table's records,
// reproduced against the simulator (fixtures: manual-examples.fixture.ts). The examples of one
// command run in order on one module, as the manual shows them.

import { expect, it } from 'vitest';
import { loadCommandTable } from '../spec/table.js';
import { describeManualExamples, echoOffModule, reproducedCount, type ExampleChapter } from '../testing/manual-examples.js';
import { EXAMPLE_FIXTURES } from './manual-examples.fixture.js';

/** The commands this subsystem implements (chapter 2 ATD/ATH, 3 CFUN/CSQ/CCLK, 4, 5). */
export const NETWORK_COMMANDS = ['D', 'H', '+CFUN', '+CSQ', '+CCLK', ...['+CREG', '+COPS', '+CPOL', '+COPN', '+CNBP', '+CPSI', '+CNSMOD', '+CTZU', '+CTZR', '+CEDRXS', '+CEDRXRDP'], ...['+CGREG', '+CEREG', '+CGATT', '+CGACT', '+CGDCONT', '+CGDSCONT', '+CGTFT', '+CGDATA', '+CGPADDR', '+CGEREP', '+CGAUTH', '+CPING', '+CGCONTRDP']];

const table = loadCommandTable();

const chapter: ExampleChapter = {
  title: 'the manual\'s examples (chapters 2 ATD/ATH, 3 CFUN/CSQ/CCLK, 4, 5)',
  commands: NETWORK_COMMANDS.map((name) => table.get(name)!),
  fixes: EXAMPLE_FIXTURES,
  module: 'command',
  compare: 'lines',
  start: echoOffModule(),
};

describeManualExamples(chapter);

it('network: 78 examples, 77 reproduced (H#0 needs AT+CVHU, which the manual lacks)', () => {
  expect(chapter.commands.reduce((n, c) => n + c.examples.length, 0)).toBeGreaterThanOrEqual(70);
  expect(reproducedCount(chapter)).toBeGreaterThanOrEqual(77);
});

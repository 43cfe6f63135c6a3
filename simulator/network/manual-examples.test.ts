// The manual's examples of the network subsystem's commands, from the command table's records,
// reproduced against the simulator (fixtures: manual-examples.fixture.ts). The examples of one
// command run in order on one module, as the manual shows them.

import { describe, expect, it } from 'vitest';
import { ModemControl } from '../control/control.js';
import { loadCommandTable } from '../spec/table.js';
import { ModemHarness } from '../testing/harness.js';
import { EXAMPLE_FIXTURES, type ExampleFixture } from './manual-examples.fixture.js';

/** The commands this subsystem implements (chapter 2 ATD/ATH, 3 CFUN/CSQ/CCLK, 4, 5). */
export const NETWORK_COMMANDS = ['D', 'H', '+CFUN', '+CSQ', '+CCLK', ...['+CREG', '+COPS', '+CPOL', '+COPN', '+CNBP', '+CPSI', '+CNSMOD', '+CTZU', '+CTZR', '+CEDRXS', '+CEDRXRDP'], ...['+CGREG', '+CEREG', '+CGATT', '+CGACT', '+CGDCONT', '+CGDSCONT', '+CGTFT', '+CGDATA', '+CGPADDR', '+CGEREP', '+CGAUTH', '+CPING', '+CGCONTRDP']];

const table = loadCommandTable();

function key(name: string, i: number): string {
  return `${name.replace(/^\+/, '')}#${i}`;
}

function linesOf(output: string): string[] {
  return output.split('\r\n').filter((l) => l !== '');
}

async function runSetup(h: ModemHarness, control: ModemControl, f: ExampleFixture): Promise<void> {
  for (const step of f.setup ?? []) {
    if ('control' in step) await control.run(step.control, step.params ?? {});
    else if ('at' in step) await h.command(step.at);
    else await h.advance(step.advanceMs);
  }
  await h.settle();
  h.take();
}

const cases = NETWORK_COMMANDS.flatMap((name) => (table.get(name)?.examples ?? []).map((ex, i) => ({ name, i, lines: ex.lines })));

describe('the manual\'s examples (chapters 2 ATD/ATH, 3 CFUN/CSQ/CCLK, 4, 5)', () => {
  it('covers every example of these commands with a fixture entry or the record as it is', () => {
    // Every fixture names an existing example.
    const known = new Set(cases.map((c) => key(c.name, c.i)));
    for (const k of Object.keys(EXAMPLE_FIXTURES)) expect(known.has(k), k).toBe(true);
    expect(cases.length).toBeGreaterThanOrEqual(70);
  });

  for (const name of NETWORK_COMMANDS) {
    const examples = cases.filter((c) => c.name === name);
    if (examples.length === 0) continue;
    it(`${name}: ${examples.length} example(s)`, async () => {
      const h = await ModemHarness.start();
      const control = new ModemControl(h.modem);
      await h.command('ATE0');
      for (const ex of examples) {
        const f = EXAMPLE_FIXTURES[key(name, ex.i)] ?? {};
        if (f.skip) continue;
        await runSetup(h, control, f);
        const [command, ...expected] = ex.lines;
        const want = f.repaired?.lines ?? expected;
        const got = [...linesOf(await h.command(command!))];
        if (f.thenMs) {
          await h.advance(f.thenMs);
          got.push(...linesOf(h.take()));
        }
        const label = `${key(name, ex.i)} ${command}`;
        if (f.prefix) expect(got.slice(0, want.length), label).toEqual(want);
        else expect(got, label).toEqual(want);
      }
    });
  }
});

/** For the report: how many examples are reproduced and which are not. */
export function exampleCounts(): { total: number; skipped: string[] } {
  return { total: cases.length, skipped: cases.filter((c) => EXAMPLE_FIXTURES[key(c.name, c.i)]?.skip).map((c) => key(c.name, c.i)) };
}

// Chapter 9 of the manual, example by example: every Examples block of §9.2.1-9.2.12 against
// the SIM767XX profile, whose board carries the manual's example values (3.749 V, 15 °C, ADC
// 908/904 mV). Setups put the module in the state an example was taken in; corrections say
// where the manual's text is damaged.

import { describe, expect, it } from 'vitest';
import { loadCommandTable } from '../../spec/table.js';
import { ModemHarness } from '../../testing/harness.js';
import { examplesOf, runExample, type ExampleFix } from '../../testing/manual-examples.js';

const table = loadCommandTable();

const FIXES: Record<string, Record<number, ExampleFix>> = {
  '+CPMUTEMP': {
    0: { correction: { lines: ['AT+CPMUTEMP', '+CPMUTEMP: 15', 'OK'], why: 'the example omits the OK its response section (§9.2.9) shows' } },
  },
  '+CGSETV': {
    // §9.2.11: the GPIO must be an output (AT+CGDRT) before its value can be set.
    1: { setup: async (h) => void (await h.command('AT+CGDRT=6,1')) },
  },
};

const CHAPTER_9 = table.manual.filter((s) => s.chapter === 9);

describe('manual chapter 9 examples', () => {
  for (const spec of CHAPTER_9) {
    it(`AT${spec.name} (§${spec.section}): ${spec.examples.length} block(s)`, async () => {
      const h = await ModemHarness.start();
      await h.command('ATE0');
      for (const ex of examplesOf(spec, FIXES[spec.name])) {
        await ex.fix?.setup?.(h);
        h.take();
        for (const o of await runExample(h, ex.lines)) {
          expect(o.actual, `block ${ex.index}: ${o.command}`).toEqual(o.expected);
        }
      }
    });
  }

  it('covers all 12 commands of the chapter, each with examples', () => {
    expect(CHAPTER_9.map((s) => s.name)).toEqual(['+CVALARM', '+CADC', '+CADC2', '+CMTE', '+CPMVT', '+CRIIC', '+CWIIC', '+CBC', '+CPMUTEMP', '+CGDRT', '+CGSETV', '+CGGETV']);
    for (const spec of CHAPTER_9) expect(spec.examples.length, spec.name).toBeGreaterThan(0);
  });
});

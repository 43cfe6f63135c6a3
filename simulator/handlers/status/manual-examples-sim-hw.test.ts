// Chapter 3 of the manual, the commands of the SIM and hardware part: every Examples block of
// §3.2.5 AT+CACM, §3.2.6 AT+CAMM, §3.2.9 AT+CPAS and §3.2.10 AT+SIMEI, with the manual's card
// (fixtures/sim/sim767xx-manual.json: PIN2 out of tries, as its +SPIC example shows).

import { describe, expect, it } from 'vitest';
import { loadCommandTable } from '../../spec/table.js';
import { ModemHarness } from '../../testing/harness.js';
import { MANUAL_PROFILE } from '../../testing/manual-card.js';
import { examplesOf, runExample } from '../../testing/manual-examples.js';

const table = loadCommandTable();

describe('manual chapter 3 examples (SIM and hardware commands)', () => {
  for (const name of ['+CACM', '+CAMM', '+CPAS', '+SIMEI']) {
    const spec = table.get(name)!;
    it(`AT${name} (§${spec.section}): ${spec.examples.length} block(s)`, async () => {
      // The §3.2.10 example was taken on a module whose IMEI was 357396012183175 (§2.2.16's
      // example shows another one, which the profile keeps).
      const h = await ModemHarness.start({ profile: MANUAL_PROFILE, identity: name === '+SIMEI' ? { imei: '357396012183175' } : {} });
      await h.command('ATE0');
      for (const ex of examplesOf(spec)) {
        h.take();
        for (const o of await runExample(h, ex.lines)) {
          expect(o.actual, `block ${ex.index}: ${o.command}`).toEqual(o.expected);
        }
      }
    });
  }
});

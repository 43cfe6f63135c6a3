// Bad input to the SIM, hardware and call-meter commands gets an answer and breaks nothing:
// random argument texts for every form of every command of this part, each answered with
// exactly one final result code and no internal error, the module still answering AT after.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../../testing/harness.js';
import { answerLines } from '../../testing/manual-examples.js';

const COMMANDS = [
  '+CICCID', '+CPIN', '+CLCK', '+CPWD', '+CIMI', '+CSIM', '+CRSM', '+CSIMSLEEP', '+SPIC', '+CSPN', '+UIMHOTSWAPON', '+UIMHOTSWAPLEVEL',
  '+CVALARM', '+CADC', '+CADC2', '+CMTE', '+CPMVT', '+CRIIC', '+CWIIC', '+CBC', '+CPMUTEMP', '+CGDRT', '+CGSETV', '+CGGETV',
  '+CACM', '+CAMM', '+CPAS', '+SIMEI',
];

const FINAL = /^(OK|ERROR|\+CME ERROR: .+)$/;
const argText = fc.stringMatching(/^[0-9A-Fa-fx",SC ]{0,40}$/);
const line = fc.tuple(fc.constantFrom(...COMMANDS), fc.constantFrom('=', '?', '=?', ''), argText).map(([c, form, args]) => `AT${c}${form}${form === '=' ? args : ''}`);

describe('robustness of chapters 3 (SIM/hardware part), 6 and 9', () => {
  it('answers every malformed or random command line with one final result code', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    const internal: string[] = [];
    h.modem.events.on('log', (m) => {
      if (m.startsWith('internal error')) internal.push(m);
    });
    await fc.assert(
      fc.asyncProperty(line, async (l) => {
        if (h.modem.power !== 'on') {
          h.modem.powerOn({ immediate: true });
          await h.settle();
          await h.command('ATE0');
        }
        const out = await h.command(l);
        if (h.modem.power !== 'on') return; // a supply threshold set below the supply: powered off, as documented
        const lines = answerLines(out);
        expect(lines.filter((x) => FINAL.test(x)), `${l} → ${JSON.stringify(out)}`).toHaveLength(1);
        expect(internal).toEqual([]);
      }),
      { numRuns: 400 },
    );
    expect(await h.command('AT')).toMatch(/OK/);
  });
});

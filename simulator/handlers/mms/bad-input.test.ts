// Bad input to chapters 18 and 24: any argument text to any of their commands ends in a final
// result code (a data prompt that gets nothing ends in an error when its time runs out; the
// +CMMSSEND/+CFOTA indications of a started job may follow), and the module keeps answering.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../../testing/harness.js';

const NAMES = [
  '+CMMSCURL', '+CMMSPROTO', '+CMMSSENDCFG', '+CMMSEDIT', '+CMMSDOWN', '+CMMSDELFILE', '+CMMSSEND', '+CMMSRECP', '+CMMSCC',
  '+CMMSBCC', '+CMMSDELRECP', '+CMMSDELCC', '+CMMSDELBCC', '+CMMSSAVE', '+CMMSDELETE', '+CMMSUA', '+CMMSPROFILE', '+CMMSCFG',
  '+CFOTA', '+LFOTA',
];

const token = fc.oneof(
  fc.integer({ min: -5, max: 70_000 }).map(String),
  fc.constantFrom('"PIC"', '"TEXT"', '"TITLE"', '"ATTACH"', '"AUDIO"', '"VIDEO"', '"data_mode"', '"CID"', '"mmssend_timeout"', '"C:/a.jpg"', '"13800138000"', '"a@b.c"', '"http://1.2.3.4/x"', '"ftp://h/f"', '""', '"', ',', ''),
  fc.string({ maxLength: 12 }),
);
const line = fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom('', '?', '=?', '='), fc.array(token, { maxLength: 4 })).map(([name, form, args]) => `AT${name}${form}${form === '=' ? args.join(',') : ''}`);

const FINAL = /(\r\nOK\r\n|\r\nERROR\r\n|\r\n\+CME ERROR: [^\r]*\r\n|\r\n\+CMMSDOWN: 182\r\n)$/;

describe('chapters 18 and 24 under bad input', () => {
  it('answer every line with a final result code, and keep answering', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 8 }), async (lines) => {
        const h = await ModemHarness.start();
        try {
          await h.command('ATE0');
          for (const l of lines) {
            let out = await h.command(l);
            // A prompt waits for data that does not come: its time runs out (at most 300 s).
            if (out.endsWith('> ')) {
              await h.advance(600_000);
              out += h.take();
            }
            const finals = out.match(/\r\n(OK|ERROR|\+CME ERROR: [^\r]*|\+CMMSDOWN: 182)\r\n/g) ?? [];
            expect(FINAL.test(out.replace(/\r\n\+(CMMSSEND|CFOTA): [^\r]*\r\n/g, '')), `${l} -> ${JSON.stringify(out)}`).toBe(true);
            expect(finals.length, `${l} -> ${JSON.stringify(out)}`).toBeGreaterThanOrEqual(1);
          }
          expect(await h.command('AT')).toMatch(/OK\r\n$/);
        } finally {
          h.modem.powerOff();
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});

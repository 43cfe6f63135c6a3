// Properties of the engine over generated input (fast-check):
// 1. No byte sequence breaks it: after any bytes (random, or pieces of real command lines, in
//    any chunking), the module still answers AT with OK once the DTE recovers as a real one
//    would (ESC out of a prompt, +++ out of data mode, AT&F to factory settings).
// 2. Every complete command line gets exactly one final result code, whatever the commands,
//    forms and arguments (drawn from the whole command table, valid or not).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../testing/harness.js';
import { loadCommandTable } from '../spec/table.js';
import type { CommandSpec, FormKind } from '../spec/types.js';

const table = loadCommandTable();

/** Commands that end the session (power) or whose only purpose is to change the framing. */
const EXCLUDED = new Set(['+CPOF', '+CRESET', 'Q', 'V', 'S3', 'S4', 'S5', '&W', 'Z', '+CMUX', '+IPR', '+IPREX', '+ICF', '+CSCLK']);

const FRAGMENTS = [
  'AT\r', 'ATE0\r', 'ATE1\r', 'ATV0\r', 'ATQ1\r', 'AT+CMEE=1\r', 'AT+CSQ\r', 'A/', '+++', 'AT', '\r', '\n', '\x1a', '\x1b', '\x00',
  '\b', '"', ';', 'AT+CMGS="123"\r', 'AT+CMGF=1\r', 'ATO\r', 'ATD*99#\r', 'AT+CPIN?\r', 'ATI\r', 'AT&V\r', 'AT+CMGL="ALL"\r',
];

const byteSoup = fc.array(
  fc.oneof(
    fc.uint8Array({ maxLength: 40 }).map((b) => Buffer.from(b).toString('latin1')),
    fc.constantFrom(...FRAGMENTS),
  ),
  { maxLength: 30 },
);

/**
 * Out of a `> ` prompt: ESC cancels a Ctrl-Z-ended one (27.005 §3.5.1); a fixed-length one
 * (AT+CIPSEND=<n>, AT+CSMTPSBODY=<n>...) takes ESC as data, so the DTE completes the announced
 * bytes, as a real one must.
 */
async function leavePrompt(h: ModemHarness): Promise<void> {
  h.send('\x1b');
  await h.finish();
  for (let i = 0; i < 200 && h.modem.port.mode === 'prompt'; i++) {
    h.send('\x1b'.repeat(64));
    await h.finish();
  }
}

/** What a real DTE does to get a known state back, whatever state the module is in. */
async function recover(h: ModemHarness): Promise<void> {
  await h.finish();
  if (h.modem.port.mode === 'prompt') await leavePrompt(h);
  if (h.modem.port.mode === 'data') {
    await h.advance(1500);
    h.send('+++');
    await h.advance(1500);
  }
  await h.finish();
  const s3 = String.fromCharCode(h.modem.state.v250.s[3] ?? 13);
  // Type the recovery line in whichever case does not collide with a changed S3.
  const line = 'AT&F'.split('').some((c) => c === s3) ? 'at&f' : 'AT&F';
  h.send(s3 + line + s3);
  await h.finish();
}

describe('engine robustness', () => {
  it('answers AT with OK after any byte sequence', async () => {
    await fc.assert(
      fc.asyncProperty(byteSoup, async (pieces) => {
        const h = await ModemHarness.start();
        for (const p of pieces) {
          h.send(p);
          await h.settle();
        }
        await recover(h);
        expect(h.modem.power).toBe('on');
        h.take();
        expect(await h.command('AT')).toBe('AT\r\r\nOK\r\n');
      }),
      { numRuns: 150 },
    );
  });
});

const FINAL = /^(OK|ERROR|CONNECT( .*)?|NO CARRIER|BUSY|NO ANSWER|NO DIALTONE|\+CME ERROR: .*|\+CMS ERROR: .*)$/;

function argumentFor(spec: CommandSpec, name: string): fc.Arbitrary<string> {
  const param = spec.params.find((p) => p.name === name);
  const junk = fc.oneof(fc.constant(''), fc.string({ maxLength: 6 }).map((s) => s.replace(/[\r"]/g, '')), fc.integer({ min: -5, max: 70000 }).map(String));
  if (!param) return junk;
  const valid: Array<fc.Arbitrary<string>> = [];
  if (param.values?.length) valid.push(fc.constantFrom(...param.values.map((v) => v.value)));
  for (const r of param.ranges ?? []) valid.push(fc.integer({ min: r.min, max: r.max }).map(String));
  if (param.type === 'string') valid.push(fc.string({ maxLength: 12 }).map((s) => `"${s.replace(/["\r]/g, '')}"`));
  return valid.length > 0 ? fc.oneof({ weight: 4, arbitrary: fc.oneof(...valid) }, { weight: 1, arbitrary: junk }) : junk;
}

const commandText: fc.Arbitrary<string> = fc
  .constantFrom(...table.all().filter((s) => !EXCLUDED.has(s.name) && s.syntaxKind !== 'special'))
  .chain((spec) => {
    const forms = Object.keys(spec.forms) as FormKind[];
    return fc.constantFrom(...(forms.length ? forms : (['exec'] as FormKind[]))).chain((form) => {
      const isBasic = spec.syntaxKind !== 'extended';
      if (form === 'test') return fc.constant(`${spec.name}=?`);
      if (form === 'read') return fc.constant(`${spec.name}?`);
      const slots = spec.forms[form]?.args ?? [];
      if (form === 'exec' || slots.length === 0) return fc.constant(spec.name);
      if (isBasic) return argumentFor(spec, slots[0]!.name).map((v) => `${spec.name}${v.replace(/\D/g, '').slice(0, 3)}`);
      return fc.tuple(...slots.map((s) => argumentFor(spec, s.name))).map((args) => `${spec.name}=${args.join(',')}`);
    });
  });

const commandLine = fc.array(commandText, { minLength: 1, maxLength: 3 }).map((cmds) => 'AT' + cmds.join(';'));

describe('one final result code per command line', () => {
  it('holds for lines drawn from the whole command table', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(commandLine, { minLength: 1, maxLength: 6 }), async (lines) => {
        const h = await ModemHarness.start();
        await h.command('ATE0');
        for (const line of lines) {
          h.take();
          h.send(line + '\r');
          await h.finish();
          let out = h.take();
          if (h.modem.port.mode === 'prompt') {
            await leavePrompt(h);
            out += h.take();
          }
          const finals = out.split('\r\n').filter((l) => FINAL.test(l));
          expect(finals, `${JSON.stringify(line)} → ${JSON.stringify(out)}`).toHaveLength(1);
          if (h.modem.port.mode === 'data') await recover(h);
          if (h.modem.power !== 'on') return;
        }
      }),
      { numRuns: 200 },
    );
  });
});

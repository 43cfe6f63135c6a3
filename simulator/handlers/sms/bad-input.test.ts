// Bad input gets the manual's answers and loses nothing: malformed PDUs (304), bad text-mode
// parameters (305), wrong indexes (321), garbage arguments (ERROR) — and whatever arrives, the
// stored messages stay exactly as they were and the module keeps answering.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../../testing/harness.js';

async function prepared(): Promise<{ h: ModemHarness; snapshot: () => Promise<string> }> {
  const h = await ModemHarness.start();
  await h.command('ATE0');
  await h.command('AT+CMEE=1');
  await h.command('AT+CMGF=1');
  for (const [stat, body] of [['REC READ', 'kept one'], ['STO UNSENT', 'kept two'], ['STO SENT', 'kept three']] as const) {
    await h.command(`AT+CMGW="+15551112222",145,"${stat}"`);
    h.send(body + '\x1a');
    await h.finish();
  }
  h.take();
  const snapshot = async () => {
    await h.command('AT+CMGF=0');
    const list = await h.command('AT+CMGL=4');
    return list;
  };
  return { h, snapshot };
}

describe('bad input', () => {
  it('gives 304, 305, 321 and ERROR where due', async () => {
    const { h } = await prepared();
    expect(await h.command('AT+CMGR=77')).toBe('\r\n+CMS ERROR: 321\r\n');
    expect(await h.command('AT+CMGR=abc')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CMGS=+1555')).toBe('\r\n+CMS ERROR: 305\r\n');
    expect(await h.command('AT+CMGS="12a#x"')).toBe('\r\n+CMS ERROR: 305\r\n');
    expect(await h.command('AT+CMGS="+1555",300')).toBe('\r\n+CMS ERROR: 305\r\n');
    expect(await h.command('AT+CMGS="+1555')).toBe('\r\nERROR\r\n');
    await h.command('AT+CMGF=0');
    expect(await h.command('AT+CMGS=0')).toBe('\r\n+CMS ERROR: 304\r\n');
    expect(await h.command('AT+CMGS="+1555"')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CMGW=200')).toBe('\r\n+CMS ERROR: 304\r\n');
  });

  it('keeps every stored message through random malformed commands and bodies', async () => {
    const garbage = fc.string({ unit: fc.constantFrom(...'G$%&/xyz,"=? 0123456789ABCDEF\r'), maxLength: 60 });
    const nonHexBody = garbage.map((s) => s + 'Z');
    const step: fc.Arbitrary<{ line: string; body?: string }> = fc.oneof(
      fc.tuple(fc.constantFrom('AT+CMGS=', 'AT+CMGW=', 'AT+CMGR=', 'AT+CMGD=', 'AT+CPMS=', 'AT+CNMI=', 'AT+CSMP=', 'AT+CSCB=', 'AT+CMGL=', 'AT+CMSS=', 'AT+CMGSEX=', 'AT+CMSSEX='), garbage.map((s) => s.replace(/\r/g, ''))).map(([c, a]): { line: string; body?: string } => ({ line: c + a + (/CMGD|CMSS/.test(c) ? 'G' : '') })), // valid deletes and sends may change storage; make those malformed
      fc.tuple(fc.integer({ min: 1, max: 164 }), nonHexBody, fc.boolean()).map(([n, b, pdu]) => ({ line: pdu ? `AT+CMGF=0;+CMGW=${n}` : `AT+CMGF=0;+CMGS=${n}`, body: b })),
    );
    const { h, snapshot } = await prepared();
    const before = await snapshot();
    expect(before.match(/\+CMGL: /g)).toHaveLength(3);
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 8 }), async (steps) => {
        for (const s of steps) {
          h.send(s.line + '\r');
          await h.finish();
          if (s.body !== undefined && h.modem.port.mode === 'prompt') {
            h.send(s.body.replace(/[\x1a\x1b]/g, '') + '\x1a');
            await h.finish();
          }
          if (h.modem.port.mode === 'prompt') {
            h.send('\x1b');
            await h.finish();
          }
          h.take();
        }
        // Garbage may have changed settings (that is allowed); restore those the snapshot reads.
        await h.command('AT+CPMS="SM","SM","SM"');
        expect(await snapshot()).toBe(before);
        expect(await h.command('AT')).toBe('\r\nOK\r\n');
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

// Bad input to the network subsystem's commands: whatever the arguments, every command line gets
// one final result code, no handler throws (the engine would log "internal error"), and the
// module still answers afterwards.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../testing/harness.js';

const COMMANDS = ['D', 'H', '+CFUN', '+CSQ', '+CCLK', '+CREG', '+COPS', '+CPOL', '+COPN', '+CNBP', '+CPSI', '+CNSMOD', '+CTZU', '+CTZR', '+CEDRXS', '+CEDRXRDP', '+CGREG', '+CEREG', '+CGATT', '+CGACT', '+CGDCONT', '+CGDSCONT', '+CGTFT', '+CGDATA', '+CGPADDR', '+CGEREP', '+CGAUTH', '+CPING', '+CGCONTRDP'];

const token = fc.oneof(
  fc.constantFrom('', '0', '1', '2', '4', '15', '16', '-1', '99999999999', '0x1F', '0X000001E20A0818DF', '"IP"', '"M-PT"', '"46000"', '"CMCC"', '""', '"0101"', '"1.2.3.4.255.255.255.255"', '"80.80"', '*99#', '10086;', '"', '(1,2)'),
  fc.string({ maxLength: 8 }).map((s) => s.replace(/[\r\n;]/g, '')),
  fc.integer({ min: -10, max: 70000 }).map(String),
);
const args = fc.array(token, { maxLength: 14 }).map((t) => t.join(','));
const FINAL = /\r\n(OK|ERROR|CONNECT|NO CARRIER|BUSY|NO ANSWER|\+CME ERROR: [^\r]*)\r\n/g;

describe('bad input to the network commands', () => {
  it('never breaks a handler', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...COMMANDS), fc.constantFrom('write', 'read', 'test', 'exec'), args, async (name, form, a) => {
        const h = await ModemHarness.start();
        const errors: string[] = [];
        h.modem.events.on('log', (m) => {
          if (m.startsWith('internal error') || m.includes('react failed') || m.includes('background task failed')) errors.push(m);
        });
        await h.command('ATE0');
        const basic = name === 'D' || name === 'H';
        const line = basic ? `AT${name}${form === 'write' ? a : ''}` : `AT${name}${form === 'write' ? '=' + a : form === 'read' ? '?' : form === 'test' ? '=?' : ''}`;
        const out = await h.command(line);
        if (h.modem.port.mode === 'data') {
          await h.advance(1100);
          h.send('+++');
          await h.advance(1100);
        }
        await h.advance(120_000);
        expect(errors).toEqual([]);
        expect((out.match(FINAL) ?? []).length, `${line} → ${JSON.stringify(out)}`).toBeGreaterThanOrEqual(1);
        h.take();
        expect(await h.command('AT')).toContain('\r\nOK\r\n');
      }),
      { numRuns: 400 },
    );
  });
});

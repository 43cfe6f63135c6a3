// Model-based test of SMS storage (fast-check asyncModelRun): random sequences of +CMGF,
// +CMGW, incoming messages, +CMGS, +CMGR/+CMGRD, +CMGL, +CMGD, +CMGMT and +CPMS? in text and
// PDU mode keep counts, indexes, statuses and contents equal to an independent model.
// A failure prints the seed and the command sequence to replay.

import fc from 'fast-check';
import { describe, it } from 'vitest';
import { Counts, Delete, List, MarkRead, Read, Receive, Send, SetFormat, Write } from './commands.js';
import { newModel, realSystem } from './model.js';

const text = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 '), minLength: 1, maxLength: 40 });
const index = fc.integer({ min: 0, max: 12 });

const commands = [
  fc.boolean().map((b) => new SetFormat(b)),
  fc.tuple(fc.constantFrom(0, 1, 2, 3) as fc.Arbitrary<0 | 1 | 2 | 3>, text).map(([s, t]) => new Write(s, t)),
  text.map((t) => new Receive(t)),
  text.map((t) => new Send(t)),
  fc.tuple(index, fc.boolean()).map(([i, d]) => new Read(i, d)),
  (fc.constantFrom(0, 1, 2, 3, 4) as fc.Arbitrary<0 | 1 | 2 | 3 | 4>).map((f) => new List(f)),
  fc.tuple(index, fc.constantFrom(0, 0, 0, 1, 2, 3, 4) as fc.Arbitrary<0 | 1 | 2 | 3 | 4>).map(([i, f]) => new Delete(i, f)),
  index.map((i) => new MarkRead(i)),
  fc.constant(new Counts()),
];

describe('SMS storage against its model', () => {
  it('keeps counts, indexes, statuses and contents consistent in both modes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 40 }), async (cmds) => {
        const real = await realSystem();
        await fc.asyncModelRun(() => ({ model: newModel(), real }), cmds);
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});

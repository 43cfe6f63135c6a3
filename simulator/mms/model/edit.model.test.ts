// Model-based test of the MMS edit buffer and mailbox (fast-check asyncModelRun): random
// sequences of +CMMSEDIT, +CMMSRECP/CC/BCC and their deletions and reads, +CMMSDOWN (title,
// text files), +CMMSDELFILE, +CMMSSAVE, +CMMSDELETE keep answers, lists, file counts and the
// mailbox equal to an independent model (simulator/mms/model/model.ts). A failure prints the
// seed and the command sequence to replay.

import fc from 'fast-check';
import { describe, it } from 'vitest';
import { AddAddress, AddText, Count, Delete, DeleteAddress, DeleteFile, Edit, ReadList, Save, Title } from './commands.js';
import { newModel, realSystem, type List } from './model.js';

const list = fc.constantFrom<List>('to', 'cc', 'bcc');
const address = fc.constantFrom('13800138000', '+8613900000000', '10086', 'a@b.com', 't1@test.com', 'not an address', '1'.repeat(41));
const text = fc.string({ unit: fc.constantFrom(...'abcxyz 0123'), minLength: 1, maxLength: 12 });
const slot = fc.constantFrom<0 | 1 | undefined>(0, 1, undefined);

const commands = [
  fc.constantFrom<0 | 1>(0, 1, 1, 1).map((mode) => new Edit(mode)),
  fc.tuple(list, address).map(([l, a]) => new AddAddress(l, a)),
  fc.tuple(list, fc.option(address, { nil: undefined })).map(([l, a]) => new DeleteAddress(l, a)),
  list.map((l) => new ReadList(l)),
  fc.tuple(fc.constantFrom('a.txt', 'b.txt', 'note.txt'), text).map(([n, t]) => new AddText(n, t)),
  text.map((t) => new Title(t)),
  fc.integer({ min: 0, max: 6 }).map((i) => new DeleteFile(i)),
  slot.map((i) => new Save(i)),
  slot.map((i) => new Delete(i)),
  fc.constant(new Count()),
];

describe('the MMS edit buffer and mailbox against their model', () => {
  it('keep answers, recipients, files and saved MMS consistent', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 60, size: 'large' }), async (cmds) => {
        const real = await realSystem();
        try {
          await fc.asyncModelRun(() => ({ model: newModel(), real }), cmds);
        } finally {
          real.h.modem.powerOff();
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});

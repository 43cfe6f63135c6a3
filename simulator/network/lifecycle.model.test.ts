// Model-based test (fast-check commands) of the registration and PDP context lifecycle against
// the simulator: +CFUN, +CGATT, coverage, time, +CGDCONT, +CGACT in any order, the module's
// +CEREG?/+CGATT?/+CGACT? compared with a small model after every step
// (simulator/network/lifecycle-model/model.ts). A failure prints the seed and the command list.

import fc from 'fast-check';
import { describe, it } from 'vitest';
import { ModemControl } from '../control/control.js';
import { ModemHarness } from '../testing/harness.js';
import { CfunCommand } from './lifecycle-model/cfun-command.js';
import { CgactCommand } from './lifecycle-model/cgact-command.js';
import { CgattCommand } from './lifecycle-model/cgatt-command.js';
import { CoverageCommand } from './lifecycle-model/coverage-command.js';
import { DefineCommand } from './lifecycle-model/define-command.js';
import { initialModel } from './lifecycle-model/model.js';
import { WaitCommand } from './lifecycle-model/wait-command.js';

const cid = fc.integer({ min: 1, max: 3 });

const commands = [
  fc.constantFrom(0, 1, 4).map((f) => new CfunCommand(f as 0 | 1 | 4)),
  fc.constantFrom(0, 1).map((s) => new CgattCommand(s as 0 | 1)),
  fc.boolean().map((on) => new CoverageCommand(on)),
  fc.constant(new WaitCommand()),
  fc.tuple(cid, fc.boolean()).map(([c, u]) => new DefineCommand(c, u)),
  fc.tuple(fc.constantFrom(0, 1), cid).map(([s, c]) => new CgactCommand(s as 0 | 1, c)),
];

describe('registration and PDP lifecycle (model-based)', () => {
  it('matches the model for any sequence of commands and world changes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 30 }), async (cmds) => {
        const h = await ModemHarness.start();
        await h.command('ATE0');
        await fc.asyncModelRun(() => ({ model: initialModel(), real: { h, control: new ModemControl(h.modem) } }), cmds);
      }),
      { numRuns: 100 },
    );
  });
});

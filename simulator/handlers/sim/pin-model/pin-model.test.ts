// Model-based test of the PIN/PUK state machine (fast-check `fc.commands` + asyncModelRun):
// random sequences of AT+CPIN?, AT+CPIN with PINs and PUKs, AT+SPIC, AT+CLCK "SC", AT+CPWD,
// AT+CIMI and restarts, each answer compared byte for byte with what the model (model.ts)
// predicts. A failure prints the seed and the replay path of the shrunk sequence.

import fc from 'fast-check';
import { describe, it } from 'vitest';
import { SIM767XX } from '../../../profiles/index.js';
import { ModemHarness } from '../../../testing/harness.js';
import { ChangePasswordCommand } from './change-password.js';
import { EnterPinCommand } from './enter-pin.js';
import { EnterPukCommand } from './enter-puk.js';
import { LockFacilityCommand } from './lock-facility.js';
import { initialModel, PIN_CANDIDATES, PUK_CANDIDATES, type PinModel, type PinReal } from './model.js';
import { QueryPinCommand } from './query-pin.js';
import { QueryTriesCommand } from './query-tries.js';
import { ReadImsiCommand } from './read-imsi.js';
import { RestartCommand } from './restart.js';

const pin = fc.constantFrom(...PIN_CANDIDATES);
const puk = fc.constantFrom(...PUK_CANDIDATES);

const commands = fc.commands(
  [
    fc.constant(new QueryPinCommand()),
    pin.map((p) => new EnterPinCommand(p)),
    fc.tuple(puk, pin).map(([k, p]) => new EnterPukCommand(k, p)),
    fc.constant(new QueryTriesCommand()),
    fc.tuple(fc.boolean(), pin).map(([on, p]) => new LockFacilityCommand(on, p)),
    fc.tuple(pin, pin).map(([o, n]) => new ChangePasswordCommand(o, n)),
    fc.constant(new ReadImsiCommand()),
    fc.constant(new RestartCommand()),
  ],
  { maxCommands: 40, size: 'max' },
);

describe('PIN/PUK state machine (model-based)', () => {
  it('answers every sequence of PIN commands as the model predicts', async () => {
    await fc.assert(
      fc.asyncProperty(commands, async (cmds) => {
        const h = await ModemHarness.start({ profile: { ...SIM767XX, sim: { ...SIM767XX.sim!, pinEnabled: true } } });
        await h.command('ATE0');
        await h.command('AT+CMEE=1');
        const setup = () => ({ model: initialModel() as PinModel, real: { h } as PinReal });
        await fc.asyncModelRun(setup, cmds);
      }),
      { numRuns: 150 },
    );
  });
});

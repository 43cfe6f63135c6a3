// Model-based test (fast-check commands) of the FTP(S) service and session against the simulator
// and a real FTP server on loopback: start, stop, log in (good and bad password), log out, make
// and remove directories, the server dropping the session, the bearer going and coming back — in
// any order; after every step the module's AT+CFTPSLOGIN?, AT+CFTPSTYPE?, AT+CGACT? and the
// server's directories are compared with a small model (session-model/model.ts). A failure prints
// the seed and the command list.

import fc from 'fast-check';
import { describe, it } from 'vitest';
import { ModemControl } from '../control/control.js';
import { BearerBackCommand, BearerLostCommand } from './session-model/bearer-command.js';
import { DirectoryCommand } from './session-model/directory-command.js';
import { DropCommand } from './session-model/drop-command.js';
import { LoginCommand } from './session-model/login-command.js';
import { LogoutCommand } from './session-model/logout-command.js';
import { initialModel } from './session-model/model.js';
import { StartCommand } from './session-model/start-command.js';
import { StopCommand } from './session-model/stop-command.js';
import { registeredModule } from './testing/module.js';
import { ftpTestServer } from './testing/server.js';

// Starting and a good login are listed twice, so that most runs get to a session.
const commands = [
  fc.constant(new StartCommand()),
  fc.constant(new StartCommand()),
  fc.constant(new StopCommand()),
  fc.boolean().map((good) => new LoginCommand(good)),
  fc.constant(new LoginCommand(true)),
  fc.constant(new LogoutCommand()),
  fc.tuple(fc.constantFrom('MKD', 'RMD') as fc.Arbitrary<'MKD' | 'RMD'>, fc.constantFrom('a', 'b')).map(([verb, name]) => new DirectoryCommand(verb, name)),
  fc.constant(new DropCommand()),
  fc.constant(new BearerLostCommand()),
  fc.constant(new BearerBackCommand()),
];

describe('FTP(S) service and session (model-based)', () => {
  it('matches the model for any sequence of commands, server drops and bearer changes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 30, size: 'large' }), async (cmds) => {
        const server = await ftpTestServer();
        const h = await registeredModule();
        try {
          await fc.asyncModelRun(() => ({ model: initialModel(), real: { h, server, control: new ModemControl(h.modem) } }), cmds);
        } finally {
          h.modem.powerOff();
          await server.close();
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

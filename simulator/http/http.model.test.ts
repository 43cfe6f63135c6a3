// Model-based test of what the HTTP client keeps of a response and how the DTE reads it
// (AT+HTTPACTION, AT+HTTPREAD in both READMODEs, AT+HTTPREAD?, AT+HTTPREADFILE), against a real
// HTTP server on loopback, with a model of its own (model/model.ts). Failures print the seed and
// the command list to replay.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { FetchCommand } from './model/fetch-command.js';
import { LengthCommand } from './model/length-command.js';
import { initialModel, type Real } from './model/model.js';
import { ReadAtCommand } from './model/read-at-command.js';
import { ReadFileCommand } from './model/read-file-command.js';
import { ReadModeCommand } from './model/read-mode-command.js';
import { ReadNextCommand } from './model/read-next-command.js';
import { httpModem } from './testing/modem.js';
import { httpServer, type HttpTestServer } from './testing/servers.js';

let next: Buffer = Buffer.alloc(0);
let server: HttpTestServer;
beforeAll(async () => {
  server = await httpServer((_req, res) => res.end(next));
});
afterAll(() => server.close());

const offset = fc.nat({ max: 60 });
const size = fc.integer({ min: 1, max: 25 });

const commands = [
  fc.oneof({ weight: 1, arbitrary: fc.uint8Array({ maxLength: 3 }) }, { weight: 4, arbitrary: fc.uint8Array({ minLength: 20, maxLength: 120 }) }).map((a) => new FetchCommand(Buffer.from(a))),
  fc.tuple(offset, size).map(([o, s]) => new ReadAtCommand(o, s)),
  size.map((s) => new ReadNextCommand(s)),
  fc.constant(new LengthCommand()),
  fc.constantFrom(0, 1).map((m) => new ReadModeCommand(m)),
  fc.constant(new ReadFileCommand()),
];

describe('HTTP client (model-based)', () => {
  it('reads the response as the model says, in any order of commands', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 40, size: 'large' }), async (cmds) => {
        const h = await httpModem();
        try {
          await h.command(`AT+HTTPPARA="URL","http://127.0.0.1:${server.port}/model"`);
          const real: Real = { h, serve: (content) => (next = content) };
          await fc.asyncModelRun(() => ({ model: initialModel(), real }), cmds);
        } finally {
          h.modem.powerOff();
        }
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});

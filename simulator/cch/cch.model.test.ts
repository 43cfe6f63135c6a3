// Model-based test (fast-check commands) of the SSL client through its AT commands: the service
// (AT+CCHSTART/AT+CCHSTOP), sessions 0-1 over TCP to a real server on loopback (AT+CCHOPEN,
// AT+CCHCLOSE, AT+CCHSEND), the server sending and closing, and the manual receive cache
// (+CCHEVENT, AT+CCHRECV=<n>[,<max>], AT+CCHRECV?), in any order, each answer compared with a
// model of a few lines of its own (simulator/cch/model/model.ts). A failure prints the seed and
// the command list.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { tcpServer, type TcpTestServer } from '../internet/testing/servers.js';
import { ModemHarness } from '../testing/harness.js';
import { initialModel, type Real } from './model/model.js';
import { OpenCommand } from './model/open-command.js';
import { RecvCommand } from './model/recv-command.js';
import { SendCommand } from './model/send-command.js';
import { ServerCommand } from './model/server-command.js';
import { StartCommand } from './model/start-command.js';

let server: TcpTestServer;
beforeAll(async () => {
  server = await tcpServer();
});
afterAll(() => server.close());

const session = fc.integer({ min: 0, max: 1 });
const UNIT = 'abcXYZ019 -\r\n\x00\x1a\xff';
/** 1-`max` bytes (any length equally likely, so blocks of 1024 get split), drawn from UNIT. */
const bytes = (max: number) =>
  fc.tuple(fc.integer({ min: 1, max }), fc.integer({ min: 0, max: 0xffff })).map(([length, seed]) =>
    Array.from({ length }, (_, i) => UNIT[(seed * 31 + i * 7 + ((i * i) >> 3)) % UNIT.length]).join(''),
  );

const commands = [
  fc.boolean().map((start) => new StartCommand(start)),
  fc.tuple(session, fc.boolean()).map(([n, open]) => new OpenCommand(n, open)),
  session.map((n) => new OpenCommand(n, true)),
  fc.tuple(session, fc.option(bytes(300), { nil: undefined, freq: 4 })).map(([n, data]) => new ServerCommand(n, data)),
  fc.tuple(session, bytes(2500)).map(([n, data]) => new ServerCommand(n, data)),
  fc.tuple(session, fc.option(fc.integer({ min: 1, max: 2048 }), { nil: undefined }), fc.boolean()).map(([n, max, query]) => new RecvCommand(n, max, query)),
  session.map((n) => new RecvCommand(n, undefined, false)),
  fc.tuple(session, bytes(100)).map(([n, data]) => new SendCommand(n, data)),
];

describe('the SSL client through its AT commands (model-based)', () => {
  it('matches a model of the service, two TCP sessions and their receive caches', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 30, size: 'large' }), async (cmds) => {
        const h = await ModemHarness.start();
        try {
          // Manual receive mode, the service started: most sequences get to the sessions.
          await h.command('ATE0');
          await h.command('AT+CCHSET=0,1;+CCHSTART');
          await h.advance(1000);
          h.take();
          const real: Real = { h, server, firstConnection: server.sockets.length };
          await fc.asyncModelRun(() => ({ model: { ...initialModel(), started: true }, real }), cmds);
        } finally {
          h.modem.powerOff();
        }
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});

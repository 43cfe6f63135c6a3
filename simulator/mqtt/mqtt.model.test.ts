// Model-based test (fast-check commands) of the MQTT service through its AT commands, against a
// real broker (aedes) on loopback: stopping and starting the service, acquiring and releasing the
// two clients, configuring, connecting, typing topics, publishing at QoS 0-2, disconnecting, and
// the server dropping a connection, in any order, each answer compared with a small model of
// chapter 16 (simulator/mqtt/model/model.ts). A failure prints the seed and the command list.

import fc from 'fast-check';
import { describe, it } from 'vitest';
import { ModemHarness } from '../testing/harness.js';
import { AcquireCommand } from './model/acquire-command.js';
import { ConfigCommand } from './model/config-command.js';
import { ConnectCommand } from './model/connect-command.js';
import { DisconnectCommand } from './model/disconnect-command.js';
import { DropCommand } from './model/drop-command.js';
import { LookCommand } from './model/look-command.js';
import { initialModel, type Real } from './model/model.js';
import { PublishCommand } from './model/publish-command.js';
import { ReleaseCommand } from './model/release-command.js';
import { ServiceCommand } from './model/service-command.js';
import { TopicCommand } from './model/topic-command.js';
import { mqttBroker } from './testing/broker.js';

const index = fc.constantFrom(0, 1);
const acquire = index.map((i) => new AcquireCommand(i));
const connect = index.map((i) => new ConnectCommand(i));
const topic = fc.tuple(index, fc.constantFrom('a', 'sensors/t1', 'caf\u00e9/\u00fc', 'x/y/z')).map(([i, t]) => new TopicCommand(i, t));
const publish = fc.tuple(index, fc.constantFrom(0, 1, 2)).map(([i, q]) => new PublishCommand(i, q));
// The commands that lead deeper (acquire, connect, type a topic, publish) come more often.
const commands = [
  fc.boolean().map((start) => new ServiceCommand(start)),
  acquire,
  acquire,
  index.map((i) => new ReleaseCommand(i)),
  fc.tuple(index, fc.integer({ min: 20, max: 120 })).map(([i, s]) => new ConfigCommand(i, s)),
  connect,
  connect,
  index.map((i) => new DisconnectCommand(i)),
  topic,
  topic,
  publish,
  publish,
  index.map((i) => new DropCommand(i)),
  fc.constantFrom('ACCQ', 'DISC', 'CFG').map((w) => new LookCommand(w as 'ACCQ' | 'DISC' | 'CFG')),
];

describe('the MQTT service through its AT commands (model-based)', () => {
  it('answers as the model of chapter 16 says, against a real broker', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 60, size: 'large' }), async (cmds) => {
        const broker = await mqttBroker();
        const h = await ModemHarness.start();
        try {
          await h.advance(10_000);
          await h.command('ATE0');
          // The service starts running (AT+CMQTTSTOP and AT+CMQTTSTART come later, at random).
          await h.command('AT+CMQTTSTART');
          await h.advance(1000);
          const real: Real = { h, broker };
          await fc.asyncModelRun(() => ({ model: { ...initialModel(), started: true }, real }), cmds);
        } finally {
          h.modem.powerOff();
          await broker.close();
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});

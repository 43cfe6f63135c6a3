// Chapter 23 of the manual, example by example: every Examples block of §23.2.1-23.2.6 through
// the shared runner. The blocks of a command run in order on one module (AT+WSLINK? after the
// AT+WSLINK it follows). The manual's server ws://121.40.165.18:8800 is a real WebSocket server of
// the test on loopback (the address routed to it); setups start the service and connect a link
// where the example presumes them.

import { expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { loadCommandTable } from '../../spec/table.js';
import type { ModemHarness } from '../../testing/harness.js';
import { cleanupsAfterAll, describeManualExamples, echoOffModule, reproducedCount, type ExampleChapter, type ExampleFix } from '../../testing/manual-examples.js';
import { wsTestServer } from '../../websocket/testing/ws-test-server.js';

const CHAPTER_23 = loadCommandTable().manual.filter((s) => s.chapter === 23);
const cleanups = cleanupsAfterAll();

/** AT+WSSTART, and its URC let through. */
async function start(h: ModemHarness): Promise<void> {
  await h.command('AT+WSSTART');
  await h.advance(1000);
}

/** The manual's server, a real one on loopback. */
async function serverAtManualAddress(h: ModemHarness): Promise<void> {
  const server = await wsTestServer();
  cleanups.push(() => server.close());
  await new ModemControl(h.modem).run('internet route', { to: '121.40.165.18:8800', port: server.port });
}

/** Every URC each module raised, whether or not it was printed within a command's output. */
const raised = new WeakMap<ModemHarness, string[]>();

/** Waits (in real time: a real server causes it) until the module raised a URC starting with `prefix`. */
async function raisedUrc(h: ModemHarness, prefix: string): Promise<void> {
  for (let i = 0; i < 600 && !(raised.get(h) ?? []).some((l) => l.startsWith(prefix)); i++) await new Promise((r) => setTimeout(r, 5));
  await h.settle();
}

/** Link 0 connected to the manual's server. */
async function linked(h: ModemHarness): Promise<void> {
  await serverAtManualAddress(h);
  await start(h);
  await h.command('AT+WSLINK=0,"ws://121.40.165.18:8800",120');
  await raisedUrc(h, '+WSLINK: 0,0');
  raised.set(h, []);
}

/** The URC a command's outcome is: waited for, printed then (or already, within the command's output). */
function urcAfter(prefix: string): ExampleFix['afterCommand'] {
  return (h) => raisedUrc(h, prefix);
}

const chapter: ExampleChapter = {
  title: 'manual chapter 23 examples',
  commands: CHAPTER_23,
  module: 'command',
  compare: 'lines',
  start: echoOffModule({
    cleanups,
    prepare: (h) => {
      const urcs: string[] = [];
      raised.set(h, urcs);
      h.modem.events.on('urc', (lines) => raised.get(h)!.push(...lines));
    },
    registered: true,
  }),
  fixes: {
    '+WSSTART': { 0: { thenMs: 1000 } },
    '+WSSTOP': { 0: { setup: start } },
    '+WSLINK': {
      0: {
        setup: async (h) => {
          await serverAtManualAddress(h);
          await start(h);
        },
        afterCommand: urcAfter('+WSLINK'),
      },
    },
    '+WSUNLINK': { 0: { setup: linked, afterCommand: urcAfter('+WSUNLINK') } },
    '+WSPUSH': {
      0: {
        setup: linked,
        correction: {
          lines: ['AT+WSPUSH=0,10,1', '>0123456789', 'OK', '+WSPUSH: 0,0,10'],
          why: 'the example leaves out the "> " prompt and the 10 bytes typed at it',
        },
        afterCommand: urcAfter('+WSPUSH'),
      },
    },
    '+WSSETTINGS': { 0: { setup: start } },
  },
};

describeManualExamples(chapter);

it('chapter 23: all 6 commands, every example block reproduced', () => {
  expect(CHAPTER_23.map((s) => s.name)).toHaveLength(6);
  for (const spec of CHAPTER_23) expect(spec.examples.length, spec.name).toBeGreaterThan(0);
  expect(reproducedCount(chapter)).toBe(CHAPTER_23.reduce((n, s) => n + s.examples.length, 0));
});

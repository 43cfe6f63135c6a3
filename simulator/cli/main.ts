#!/usr/bin/env node
// modem-sim: start a simulated SIM767XX on a pseudo-terminal (default) or a TCP port, print
// the coverage report, or drive a running simulator through its control socket.
//
//   modem-sim [--pty | --tcp <port>] [options]     start (prints the device path first)
//   modem-sim coverage [--json]                   commands implemented per chapter
//   modem-sim <action...> --pty /dev/pts/N [--param value ...]   control a running simulator
//
// The first line on stdout of a start is the device path (/dev/pts/N) or host:port, so a
// script can read it; human hints go to stderr.

import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolve as resolvePath } from 'node:path';
import { InstantClock, RealClock, type Clock } from '../core/clock.js';
import { ModemSimError } from '../core/errors.js';
import { Modem } from '../core/modem.js';
import { findAction, CONTROL_ACTIONS } from '../control/actions.js';
import { ModemControl } from '../control/control.js';
import { controlSocketPath, sendControlRequest, startControlServer } from '../control/socket.js';
import { attachSessionLog } from '../log/session-log.js';
import { getProfile, profileNames } from '../profiles/index.js';
import { loadSimProfile } from '../profiles/sim-file.js';
import { loadCommandTable } from '../spec/table.js';
import { openPtyTransport } from '../transports/pty.js';
import { openTcpTransport } from '../transports/tcp.js';
import type { ShapingOptions } from '../transports/output-shaper.js';
import { computeCoverage, formatCoverage } from './coverage.js';

const HELP = `modem-sim — a simulated SIMCom SIM767XX LTE module

Start a module:
  modem-sim [--pty] [options]        on a pseudo-terminal (default); prints /dev/pts/N first
  modem-sim --tcp <port> [options]   on a TCP port (127.0.0.1; --host to change)

Options:
  --state-dir <dir>   keep NVRAM and the AT&W profile in <dir> (survives restarts)
  --instant           answer without the manual's delays (boot, response times)
  --profile <name>    module profile: ${profileNames().join(', ')} (default sim767xx)
  --sim <file|none>   the SIM card in the slot: a SIM profile JSON file (fixtures/sim/), or
                      none for an empty slot (default: the profile's card)
  --log <file|->      session log, both directions, escaped bytes (transcript format)
  --imei <15 digits>  identity overrides: also --manufacturer --model --revision
  --chunk-size <n>    deliver output in pieces of at most n bytes
  --chunk-delay <ms>  pause between output pieces
  --baud <rate>       pace output at this line rate (10 bits per byte); "module":
                      at the module's own rate (+IPR/+ICF), following changes
  --control <path>    control socket path (default: derived from the port)
  -h, --help          this text

Reports:
  modem-sim coverage [--json]        commands implemented / recognised-only per chapter

Record a client's session with a real module (or any device) as a transcript:
  modem-sim record --device /dev/ttyUSB2 --baud 115200 [--out file] [--redact]

Control a running simulator (through its control socket):
  modem-sim <action> --pty /dev/pts/N [--param value ...]    (or --tcp <port>, or --control <path>)
${ModemControl.describe()}
`;

function fail(message: string): never {
  process.stderr.write(`modem-sim: ${message}\n`);
  process.exit(2);
}

function number(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) fail(`--${name} needs a non-negative number, got "${value}"`);
  return n;
}

async function start(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      pty: { type: 'boolean' },
      tcp: { type: 'string' },
      host: { type: 'string' },
      'state-dir': { type: 'string' },
      instant: { type: 'boolean' },
      profile: { type: 'string' },
      sim: { type: 'string' },
      log: { type: 'string' },
      imei: { type: 'string' },
      manufacturer: { type: 'string' },
      model: { type: 'string' },
      revision: { type: 'string' },
      'chunk-size': { type: 'string' },
      'chunk-delay': { type: 'string' },
      baud: { type: 'string' },
      control: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  if (values.pty && values.tcp) fail('choose one of --pty and --tcp');
  if (values.imei !== undefined && !/^\d{15}$/.test(values.imei)) fail('--imei needs exactly 15 digits');
  const clock: Clock = values.instant ? new InstantClock() : new RealClock();
  const identity = Object.fromEntries(
    (['imei', 'manufacturer', 'model', 'revision'] as const).filter((k) => values[k] !== undefined).map((k) => [k, values[k]]),
  );
  const base = getProfile(values.profile ?? 'sim767xx');
  const profile = values.sim === undefined ? base : { ...base, sim: values.sim === 'none' ? null : loadSimProfile(values.sim) };
  const modem = new Modem({ profile, clock, stateDir: values['state-dir'], identity });
  const shaping: ShapingOptions = {
    chunkSize: number(values['chunk-size'], 'chunk-size'),
    interChunkDelayMs: number(values['chunk-delay'], 'chunk-delay'),
    baudRate: values.baud === 'module' ? 'module' : number(values.baud, 'baud'),
  };

  if (values.log) {
    const out = values.log === '-' ? process.stderr : createWriteStream(values.log, { flags: 'a' });
    attachSessionLog(modem, (line) => out.write(line + '\n'));
  }

  let describe: string;
  let socketPath: string;
  let close: () => Promise<void>;
  if (values.tcp !== undefined) {
    const port = number(values.tcp, 'tcp')!;
    const tcp = await openTcpTransport(modem, { port, host: values.host, shaping });
    describe = `${tcp.host}:${tcp.port}`;
    socketPath = values.control ?? controlSocketPath({ tcpPort: tcp.port });
    close = () => tcp.close();
  } else {
    const pty = openPtyTransport(modem, shaping);
    describe = pty.path;
    socketPath = values.control ?? controlSocketPath({ pty: pty.path });
    close = async () => pty.close();
  }
  const control = await startControlServer(new ModemControl(modem), socketPath);
  process.stdout.write(describe + '\n');
  process.stderr.write(
    `modem-sim: ${modem.profile.description} on ${describe}` +
      `\n  try:     picocom -b 115200 ${describe}   (or minicom -D, or pyserial)` +
      `\n  control: modem-sim status ${values.tcp !== undefined ? '--tcp ' + values.tcp : '--pty ' + describe}` +
      `\n  stop:    Ctrl-C\n`,
  );
  modem.powerOn();

  const shutdown = async () => {
    await control.close();
    await close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

function coverage(argv: string[]): void {
  const { values } = parseArgs({ args: argv, options: { json: { type: 'boolean' } }, strict: true });
  const report = computeCoverage(loadCommandTable());
  process.stdout.write(values.json ? JSON.stringify(report, null, 2) + '\n' : formatCoverage(report) + '\n');
}

/** `modem-sim inject sms --pty /dev/pts/3 --from X --text Y`: words, then --name value pairs. */
async function controlClient(argv: string[]): Promise<void> {
  const words: string[] = [];
  const params: Record<string, unknown> = {};
  let target: { pty?: string; tcpPort?: number; control?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) {
      words.push(a);
      continue;
    }
    const key = a.slice(2);
    const next = argv[i + 1];
    const value = next !== undefined && !next.startsWith('--') ? (i++, next) : true;
    if (key === 'pty') target = { ...target, pty: String(value) };
    else if (key === 'tcp') target = { ...target, tcpPort: Number(value) };
    else if (key === 'control') target = { ...target, control: String(value) };
    else params[key] = value;
  }
  const name = words.join(' ');
  const action = findAction(name);
  // A file of the host is named where the CLI runs; the simulator may run elsewhere in the tree.
  for (const [key, spec] of Object.entries(action?.params ?? {})) if (spec.localPath && typeof params[key] === 'string') params[key] = resolvePath(params[key] as string);
  if (!action) fail(`unknown command or action "${name}"; actions: ${CONTROL_ACTIONS.map((a) => a.name).join(', ')} (see --help)`);
  if (!target.pty && target.tcpPort === undefined && !target.control) fail(`"${name}" needs --pty <path>, --tcp <port> or --control <socket> to find the simulator`);
  const path = target.control ?? controlSocketPath(target);
  const reply = await sendControlRequest(path, name, params);
  if (!reply.ok) fail(reply.error ?? 'failed');
  process.stdout.write(JSON.stringify(reply.result, null, 2) + '\n');
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const first = argv[0];
  if (first === undefined || first.startsWith('-')) return start(argv);
  if (first === 'start') return start(argv.slice(1));
  if (first === 'coverage') return coverage(argv.slice(1));
  if (first === 'record') return (await import('../../conformance/recorder/cli.js')).recordCommand(argv.slice(1));
  if (first === 'help') {
    process.stdout.write(HELP);
    return;
  }
  return controlClient(argv);
}

main().catch((e: unknown) => {
  if (e instanceof ModemSimError) fail(`${e.message} [${e.code}]`);
  fail((e as Error).stack ?? String(e));
});

// Target specifications as the CLI and the environment take them:
//
//   sim                          the simulator in-process (manual clock)      [simulated]
//   pty:                         start the CLI simulator on a pty, use it     [simulated]
//   tcp:                         start the CLI simulator on a TCP port        [simulated]
//   pty:/dev/pts/N               an existing pty (the CLI simulator, or socat in front of hardware)
//   serial:/dev/ttyUSB2@115200   a serial device: a real module (baud default 115200)
//   tcp:host:port                a TCP byte stream (the CLI's --tcp, ser2net, ...)
//
// Only targets this kit starts itself are known to be simulators; anything given by path or
// address is treated as hardware: tests that spend money or change the SIM PIN stay pending
// there unless explicitly allowed.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { controlSocketPath, sendControlRequest } from '../../simulator/control/socket.js';
import { ConformanceError } from '../errors.js';
import { SimTarget, type SimTargetOptions } from './sim-target.js';
import { serialPort, StreamTarget, tcpPort } from './stream-target.js';
import type { Target, TargetControl } from './target.js';

const CLI = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'simulator', 'cli', 'main.ts');

export interface TargetOptions {
  /** Module profile for simulators this kit starts, and the capabilities file for any target. */
  profile?: string;
  /** In-process simulator options. */
  sim?: SimTargetOptions;
  /** Extra arguments for a CLI simulator this kit starts (e.g. --chunk-size 3). */
  cliArgs?: string[];
}

export interface ParsedTargetSpec {
  kind: 'sim' | 'pty' | 'serial' | 'tcp';
  path?: string;
  baudRate?: number;
  host?: string;
  port?: number;
  /** Started by this kit (a simulator), rather than found at a path/address. */
  spawn: boolean;
}

export const TARGET_HELP =
  'targets: sim | pty: | tcp: (simulators started here) | pty:/dev/pts/N | serial:/dev/ttyUSB2@115200 | tcp:host:port';

export function parseTargetSpec(spec: string): ParsedTargetSpec {
  const s = spec.trim();
  if (s === 'sim') return { kind: 'sim', spawn: true };
  if (s === 'pty:' || s === 'pty') return { kind: 'pty', spawn: true };
  if (s === 'tcp:' || s === 'tcp') return { kind: 'tcp', spawn: true };
  let m = /^pty:(\/.+)$/.exec(s);
  if (m) return { kind: 'pty', path: m[1]!, spawn: false };
  m = /^serial:([^@]*)(?:@(\d+))?$/.exec(s);
  if (m) {
    if (!m[1]) {
      throw new ConformanceError('TARGET_UNAVAILABLE', 'serial: needs a device, e.g. --target serial:/dev/ttyUSB2@115200 (or set MODEM_CONFORMANCE_TARGET)');
    }
    return { kind: 'serial', path: m[1], baudRate: m[2] ? Number(m[2]) : 115200, spawn: false };
  }
  m = /^tcp:(?:([^:]+):)?(\d+)$/.exec(s);
  if (m) return { kind: 'tcp', host: m[1] ?? '127.0.0.1', port: Number(m[2]), spawn: false };
  throw new ConformanceError('BAD_TARGET', `unknown target "${spec}"; ${TARGET_HELP}`);
}

/** Starts the CLI simulator; resolves with its device (first stdout line) and the child. */
export async function spawnCliSimulator(args: string[]): Promise<{ device: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--instant', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const device = await new Promise<string>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new ConformanceError('TARGET_UNAVAILABLE', `the CLI simulator did not start within 20 s: ${stderr}`)), 20_000);
    rl.once('line', (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new ConformanceError('TARGET_UNAVAILABLE', `the CLI simulator exited (${code}): ${stderr}`));
    });
  });
  return { device, child };
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }, 3000).unref();
  });
}

function socketControl(socketPath: string): TargetControl {
  return {
    async run(action, params = {}) {
      const reply = await sendControlRequest(socketPath, action, params);
      if (!reply.ok) throw new ConformanceError('TARGET_UNAVAILABLE', `control "${action}" failed: ${reply.error ?? 'no reason given'}`);
      return reply.result;
    },
  };
}

/** Makes (does not open) the target for `spec`. */
export async function createTarget(spec: string, options: TargetOptions = {}): Promise<Target> {
  const parsed = parseTargetSpec(spec);
  const profile = options.profile;
  if (parsed.kind === 'sim') return new SimTarget({ ...(profile ? { profile } : {}), ...options.sim });
  if (parsed.spawn) {
    const args = [...(profile ? ['--profile', profile] : []), ...(parsed.kind === 'tcp' ? ['--tcp', '0'] : []), ...(options.cliArgs ?? [])];
    const { device, child } = await spawnCliSimulator(args);
    const info = { kind: parsed.kind, spec: `${parsed.kind}:${device}`, simulated: true, profile: profile ?? 'sim767xx' };
    if (parsed.kind === 'pty') {
      const t = new StreamTarget(info, serialPort(device, 115200), () => stopChild(child));
      t.control = socketControl(controlSocketPath({ pty: device }));
      return t;
    }
    const [host, port] = device.split(':');
    const t = new StreamTarget(info, tcpPort(host!, Number(port)), () => stopChild(child));
    t.control = socketControl(controlSocketPath({ tcpPort: Number(port) }));
    return t;
  }
  const info = { kind: parsed.kind, spec, simulated: false, ...(profile ? { profile } : {}) };
  // A simulator started elsewhere (modem-sim on a pty or TCP port) has a control socket: use
  // it for the tests that inject network events. It is still treated as hardware for hazards,
  // since this kit cannot know what is behind the path.
  const socket = parsed.kind === 'tcp' ? (parsed.host === '127.0.0.1' || parsed.host === 'localhost' ? controlSocketPath({ tcpPort: parsed.port! }) : undefined) : controlSocketPath({ pty: parsed.path! });
  const target = parsed.kind === 'tcp' ? new StreamTarget(info, tcpPort(parsed.host!, parsed.port!)) : new StreamTarget(info, serialPort(parsed.path!, parsed.baudRate ?? 115200));
  if (socket && existsSync(socket)) target.control = socketControl(socket);
  return target;
}

// Test support for the seed flows: a simulator on a pseudo-terminal in this process (on an
// InstantClock, so the modelled delays pass at once while time stamps still move), its
// control socket where the CLI looks for it, and runners for the external clients.

import { execFile, spawnSync } from 'node:child_process';
import { Modem } from '../../core/modem.js';
import { InstantClock } from '../../core/clock.js';
import { openPtyTransport, type PtyTransport } from '../../transports/pty.js';
import { ModemControl } from '../../control/control.js';
import { controlSocketPath, startControlServer, type ControlServer } from '../../control/socket.js';
import type { Profile } from '../../profiles/profile.js';

export interface PtySimulator {
  modem: Modem;
  control: ModemControl;
  path: string;
  close(): Promise<void>;
}

export async function startPtySimulator(profile?: Profile | string): Promise<PtySimulator> {
  const modem = new Modem({ clock: new InstantClock(), ...(profile ? { profile } : {}) });
  const pty: PtyTransport = openPtyTransport(modem);
  const control = new ModemControl(modem);
  const server: ControlServer = await startControlServer(control, controlSocketPath({ pty: pty.path }));
  modem.powerOn({ immediate: true });
  return {
    modem,
    control,
    path: pty.path,
    close: async () => {
      await server.close();
      pty.close();
      modem.powerOff();
    },
  };
}

/** Fails loudly when a Debian package a flow needs is missing (CI installs them). */
export function requireProgram(program: string, args: string[], apt: string): void {
  const probe = spawnSync(program, args, { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(`${program} is needed for this test and is not usable (${probe.error?.message ?? probe.stderr}); install it: apt-get install -y ${apt}`);
  }
}

export const PYTHON = '/usr/bin/python3';

export function requirePyserial(): void {
  requireProgram(PYTHON, ['-c', 'import serial'], 'python3-serial');
}

export function run(program: string, args: string[], options: { input?: string; timeoutMs?: number } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(program, args, { timeout: options.timeoutMs ?? 60_000, encoding: 'utf8', maxBuffer: 4 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

export type Step = { write: string } | { expect: string; timeout?: number } | { sleep: number };

/** Runs at_client.py (pyserial) against the port; returns what each expect read. */
export async function pyserialSession(path: string, steps: Step[]): Promise<string[]> {
  const r = await run(PYTHON, [new URL('./at_client.py', import.meta.url).pathname, path], { input: JSON.stringify(steps), timeoutMs: 90_000 });
  const parsed = JSON.parse(r.stdout || '{}') as { read?: string[]; error?: string };
  if (r.code !== 0 || parsed.error) throw new Error(`pyserial session failed: ${parsed.error ?? r.stderr}\nread: ${JSON.stringify(parsed.read)}`);
  return parsed.read ?? [];
}

/** Steps for one command line ending in OK or an error. */
export function command(line: string, final = '(OK|ERROR)[^\\r]*\\r\\n'): Step[] {
  return [{ write: line + '\r' }, { expect: final }];
}

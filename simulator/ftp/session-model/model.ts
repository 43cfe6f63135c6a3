// The model of the FTP(S) service and session for the model-based test (session.model.test.ts):
// deliberately simpler than the simulator — flags and a set of directory names — and written from
// the manual (§15.2.1-15.2.8, §15.4), not from the simulator's code.

import { expect } from 'vitest';
import type { ModemControl } from '../../control/control.js';
import type { ModemHarness } from '../../testing/harness.js';
import type { FtpTestServer } from '../testing/server.js';

export interface FtpModel {
  /** AT+CFTPSSTART done (and not stopped since). */
  started: boolean;
  /** The start activated context 1 (the stop deactivates it). */
  activatedByUs: boolean;
  /** Context 1 is active. */
  bearer: boolean;
  /** out: no session; in: logged in; closed: the server closed it, AT+CFTPSLOGOUT pending. */
  session: 'out' | 'in' | 'closed';
  /** Directories on the server. */
  dirs: Set<string>;
}

export interface Real {
  h: ModemHarness;
  server: FtpTestServer;
  control: ModemControl;
}

export function initialModel(): FtpModel {
  return { started: false, activatedByUs: false, bearer: true, session: 'out', dirs: new Set() };
}

/** The lines a command printed, with its URCs: waits (real time) until `done` matches. */
export async function run(real: Real, line: string, done: RegExp): Promise<string> {
  real.h.take();
  real.h.send(line + '\r');
  await real.h.finish();
  await real.h.advance(3000);
  await real.h.waitForOutput(done);
  return real.h.take();
}

/** The module and the server agree with the model. */
export async function expectSame(m: FtpModel, real: Real): Promise<void> {
  expect(await real.h.command('AT+CFTPSLOGIN?')).toBe(`\r\n+CFTPSLOGIN: ${m.session === 'in' ? 1 : 0}\r\n\r\nOK\r\n`);
  expect(await real.h.command('AT+CFTPSTYPE?')).toBe(m.started ? '\r\n+CFTPSTYPE: I\r\n\r\nOK\r\n' : '\r\nERROR\r\n');
  expect(await real.h.command('AT+CGACT?')).toContain(`+CGACT: 1,${m.bearer ? 1 : 0}`);
  for (const dir of ['a', 'b']) expect(real.server.exists(dir), `directory ${dir}`).toBe(m.dirs.has(dir));
}

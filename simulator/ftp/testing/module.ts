// Test steps for chapter 15 on a ModemHarness: a registered module with its FTP(S) service
// started, logged in to a real server on loopback (testing/server.ts).

import { ModemHarness } from '../../testing/harness.js';

/** A module on a manual clock, echo off, registered with its default bearer up. */
export async function registeredModule(): Promise<ModemHarness> {
  const h = await ModemHarness.start();
  await h.command('ATE0');
  await h.advance(10_000);
  h.take();
  return h;
}

/** AT+CFTPSSTART (or =<cid>): resolves with what the module printed, "+CFTPSSTART: ..." included. */
export async function startService(h: ModemHarness, cid?: number): Promise<string> {
  const out = await h.command(cid === undefined ? 'AT+CFTPSSTART' : `AT+CFTPSSTART=${cid}`);
  await h.advance(3000);
  return out + h.take();
}

/**
 * AT+CFTPSLOGIN to 127.0.0.1:<port> (or `host`); waits in real time for "+CFTPSLOGIN: <n>" and
 * returns everything printed.
 */
export async function login(h: ModemHarness, port: number, options: { serverType?: number; user?: string; password?: string; host?: string } = {}): Promise<string> {
  const { serverType = 0, user = 'username', password = 'password', host = '127.0.0.1' } = options;
  return exchange(h, `AT+CFTPSLOGIN="${host}",${port},"${user}","${password}",${serverType}`, /\+CFTPSLOGIN: \d+/);
}

/**
 * Runs `line` and waits in real time until the output (its answer included) matches `pattern`:
 * returns (and takes) everything printed.
 */
export async function exchange(h: ModemHarness, line: string, pattern: RegExp, realMs = 5000): Promise<string> {
  h.take();
  h.send(line + '\r');
  await h.finish();
  return waitFor(h, pattern, realMs);
}

/** Waits in real time for `pattern` in what the module prints; returns (and takes) the output. */
export async function waitFor(h: ModemHarness, pattern: RegExp, realMs = 5000): Promise<string> {
  await h.waitForOutput(pattern, realMs);
  return h.take();
}

/** A registered module with the service started and logged in to the server on `port`. */
export async function loggedInModule(port: number, options: { serverType?: number } = {}): Promise<ModemHarness> {
  const h = await registeredModule();
  await startService(h);
  const out = await login(h, port, options);
  if (!out.includes('+CFTPSLOGIN: 0')) throw new Error(`login failed: ${JSON.stringify(out)}`);
  return h;
}

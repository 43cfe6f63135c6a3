// A module ready for HTTP tests: registered (the EPS default bearer on context 1), echo off,
// and helpers to give a server a name (the network's host table, then a route to the real
// server on loopback) and to wait for what a real server causes.

import { ModemControl } from '../../control/control.js';
import { ModemHarness } from '../../testing/harness.js';

export async function httpModem(options: { init?: boolean } = {}): Promise<ModemHarness> {
  const h = await ModemHarness.start();
  await h.command('ATE0');
  if (options.init !== false) {
    const answer = await h.command('AT+HTTPINIT');
    if (answer !== '\r\nOK\r\n') throw new Error(`AT+HTTPINIT answered ${JSON.stringify(answer)}`);
  }
  return h;
}

/**
 * Makes `name` resolve to `address` on the module's network, and connections to it on `port`
 * (default: any port) reach the real server on 127.0.0.1:`realPort`.
 */
export async function nameServer(h: ModemHarness, name: string, address: string, realPort: number, port?: number): Promise<void> {
  const control = new ModemControl(h.modem);
  await control.run('set host', { name, address });
  await control.run('internet route', { to: port === undefined ? address : `${address}:${port}`, port: realPort });
}

/** Runs `line`, then waits (in real time) for a URC matching `urc`; returns everything printed. */
export async function commandThen(h: ModemHarness, line: string, urc: RegExp | string): Promise<string> {
  const answer = await h.command(line);
  const pattern = typeof urc === 'string' ? new RegExp(urc.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : urc;
  if (pattern.test(answer)) return answer;
  const more = await h.waitForOutput(pattern);
  h.take();
  return answer + more;
}

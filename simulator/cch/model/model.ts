// The model the SSL client's model-based test checks the simulator against, written from the
// manual (§17.2.7-17.2.15, §17.4) and deliberately independent of the simulator's code. The
// module runs in manual receive mode (AT+CCHSET=0,1) with plain TCP sessions (<client_type> 1)
// to a real server on loopback. It knows:
//
//   started    AT+CCHSTART / AT+CCHSTOP (on context 1)
//   sessions   0-1: open or not; the bytes cached for AT+CCHRECV (kept after the server
//              closed, dropped by AT+CCHCLOSE, AT+CCHSTOP and a new AT+CCHOPEN); whether
//              "+CCHEVENT: <n>,RECV EVENT" was printed since the cache was last empty
//   sent       per connection of the server, the bytes AT+CCHSEND gave it

import { expect } from 'vitest';
import type { Socket } from 'node:net';
import type { TcpTestServer } from '../../internet/testing/servers.js';
import type { ModemHarness } from '../../testing/harness.js';

export interface SessionModel {
  open: boolean;
  /** The server connection index of the current (or last) connection. */
  connection?: number;
  cache: string;
  notified: boolean;
}

export interface CchModel {
  started: boolean;
  sessions: [SessionModel, SessionModel];
  /** Bytes AT+CCHSEND sent, per server connection index. */
  sent: Map<number, string>;
  /** Connections the server has accepted so far. */
  connections: number;
}

export interface Real {
  h: ModemHarness;
  server: TcpTestServer;
  /** The server's connection index of its first connection in this run. */
  firstConnection: number;
}

export function initialModel(): CchModel {
  const session = (): SessionModel => ({ open: false, cache: '', notified: false });
  return { started: false, sessions: [session(), session()], sent: new Map(), connections: 0 };
}

export function emptySession(s: SessionModel): void {
  s.cache = '';
  s.notified = false;
}

/** The server side of session `n`'s connection. */
export async function peer(m: CchModel, real: Real, n: number): Promise<Socket> {
  return real.server.connection(real.firstConnection + m.sessions[n]!.connection!);
}

/** An answer as the module prints it with ATE0 ATV1: information lines, the final code, then URC lines. */
export function framed(info: readonly string[], final: string, urcs: readonly string[] = []): string {
  return (info.length ? '\r\n' + info.map((l) => l + '\r\n').join('') : '') + `\r\n${final}\r\n` + urcs.map((u) => `\r\n${u}\r\n`).join('');
}

/** Waits in real time until the module has printed `expected` (what follows real I/O), then compares. */
export async function expectOutput(real: Real, label: string, expected: string): Promise<void> {
  const deadline = Date.now() + 3000;
  while (real.h.peek().length < expected.length && Date.now() < deadline) {
    await real.h.settle();
    await new Promise((r) => setTimeout(r, 2));
  }
  await real.h.settle();
  expect(real.h.take(), label).toBe(expected);
}

/** Runs a command line and compares everything it prints, including URCs that follow real I/O. */
export async function expectExchange(real: Real, line: string, expected: string): Promise<void> {
  real.h.take();
  real.h.send(line + '\r');
  await real.h.finish();
  await expectOutput(real, line, expected);
}

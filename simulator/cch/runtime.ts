// The real connections behind the two sessions of the SSL client (manual §17.2.12-17.2.15) and
// what arrives on them.
//
// A session's state is in the cch slice (simulator/state/cch.ts); its connection (TCP, or TLS
// over TCP: a TcpConnection of the internet layer either way) in the Modem's attachments
// (here). Received data goes out per AT+CCHSET <recv_mode> (§17.2.5, §17.2.15):
//   0 (direct push): "+CCHRECV: DATA,<session_id>,<len>" and the data, framed like a URC (a
//     <CR><LF> before the header and after the data), in blocks of at most 1024 bytes;
//   1 (manual): cached for AT+CCHRECV, "+CCHEVENT: <session_id>,RECV EVENT" when data arrives
//     to an empty cache (once until the cache has been emptied again, as +CIPRXGET: 1 does);
//   transparent mode (+CCHMODE=1): straight to the DTE in data mode (transparent.ts).
// The 1024-byte block is the manual's only evidence of a size: the §17.2.15 example reads 3072
// cached bytes as three blocks of 1024.
//
// A session the module did not close itself is reported (§17.4):
//   the server closed it (FIN)             → "+CCH_PEER_CLOSED: <session_id>"
//   a receive error (reset, TLS alert)     → "+CCH_RECV_CLOSED: <session_id>,6" (6 "Transfer failed")
//   its bearer went (network error)        → "+CCH_RECV_CLOSED: <session_id>,9" (9 "Network error"),
//                                            then "+CCH:CCH STOP" (supervision.ts)
// The <err> of +CCH_RECV_CLOSED is our reading: the manual gives the URC, not its codes. Data
// cached before the close stays readable (§17.2.15 note). In transparent mode the channel leaves
// data mode first (NO CARRIER, as for any data connection that ends: §25.1 code 3).

import { AttachmentKey } from '../core/attachments.js';
import type { ModemServices } from '../core/handler.js';
import type { CloseCause, TcpConnection } from '../internet/internet.js';
import type { ModemState } from '../state/modem-state.js';
import { CCH_ERR } from './errors.js';

/** Most bytes one "+CCHRECV: DATA" block carries (see the file comment). */
export const MAX_BLOCK = 1024;

export interface SessionRuntime {
  conn: TcpConnection;
  /** Transparent mode: where received bytes go instead of URCs (set once in data mode). */
  transparentSink?: (data: Buffer) => void;
  /** Transparent mode: the connection ended (the channel leaves data mode). */
  transparentClosed?: () => void;
  /** Transparent mode: bytes that arrived before the channel entered data mode. */
  pending: Buffer[];
}

export class CchRuntime {
  readonly sessions: Array<SessionRuntime | undefined> = [undefined, undefined];
}

const RUNTIME = new AttachmentKey<CchRuntime>('cch.sessions');

export function cchRuntimeOf(services: Pick<ModemServices, 'instance'>): CchRuntime {
  return services.instance.attachments.getOrCreate(RUNTIME, () => {
    const runtime = new CchRuntime();
    // The connections close at power-off (the internet layer closes them); forget them.
    services.instance.events.on('power', (p) => {
      if (p === 'off') runtime.sessions.fill(undefined);
    });
    return runtime;
  });
}

/** Whether `state` is still the module's state (not a later power cycle's). */
export function samePowerCycle(services: Pick<ModemServices, 'instance'>, state: ModemState): boolean {
  return services.instance.state === state && services.instance.power === 'on';
}

/** "+CCHRECV: DATA,<n>,<len>" blocks for `data`, each the header line and the data. */
export function dataBlocks(n: number, data: Buffer): string[][] {
  const blocks: string[][] = [];
  for (let i = 0; i < data.length; i += MAX_BLOCK) {
    const part = data.subarray(i, i + MAX_BLOCK);
    blocks.push([`+CCHRECV: DATA,${n},${part.length}`, part.toString('latin1')]);
  }
  return blocks;
}

/** Data arrived on session `n`: passed on in transparent mode, cached, or pushed as URCs. */
export function received(state: ModemState, services: ModemServices, n: number, data: Buffer): void {
  if (!samePowerCycle(services, state)) return;
  const runtime = cchRuntimeOf(services).sessions[n];
  const session = state.cch.sessions[n]!;
  if (session.lifecycle?.transparent) {
    if (runtime?.transparentSink) runtime.transparentSink(data);
    else runtime?.pending.push(Buffer.from(data));
    return;
  }
  if (state.cch.recvMode === 1) {
    session.rx.push(Buffer.from(data));
    if (!session.rxNotified) {
      session.rxNotified = true;
      services.urc(`+CCHEVENT: ${n},RECV EVENT`);
    }
    return;
  }
  for (const block of dataBlocks(n, data)) services.urc(block);
}

/** Takes up to `max` cached bytes of session `n` (0: all). */
export function takeCached(state: ModemState, n: number, max: number): Buffer {
  const session = state.cch.sessions[n]!;
  const all = Buffer.concat(session.rx);
  const out = max > 0 ? all.subarray(0, max) : all;
  const rest = all.subarray(out.length);
  session.rx = rest.length > 0 ? [Buffer.from(rest)] : [];
  if (rest.length === 0) session.rxNotified = false;
  return Buffer.from(out);
}

/** Forgets session `n`'s connection (the cache stays); returns its runtime, if it had one. */
export function releaseSession(state: ModemState, services: Pick<ModemServices, 'instance'>, n: number): SessionRuntime | undefined {
  state.cch.sessions[n]!.lifecycle = undefined;
  const runtime = cchRuntimeOf(services);
  const was = runtime.sessions[n];
  runtime.sessions[n] = undefined;
  return was;
}

/** Wires a connection to session `n`: data per the receive mode, a close it did not ask for reported. */
export function attachConnection(state: ModemState, services: ModemServices, n: number, conn: TcpConnection): void {
  cchRuntimeOf(services).sessions[n] = { conn, pending: [] };
  conn.onData((data) => received(state, services, n, data));
  conn.onClose((cause) => passiveClose(state, services, n, cause, conn));
}

function passiveClose(state: ModemState, services: ModemServices, n: number, cause: CloseCause, conn: TcpConnection): void {
  if (cause === 'local' || cause === 'power-off' || !samePowerCycle(services, state)) return;
  const runtime = cchRuntimeOf(services).sessions[n];
  if (runtime?.conn !== conn) return;
  releaseSession(state, services, n);
  runtime.transparentClosed?.();
  services.log(`cch: session ${n} closed (${cause})`);
  if (cause === 'remote') services.urc(`+CCH_PEER_CLOSED: ${n}`);
  else services.urc(`+CCH_RECV_CLOSED: ${n},${cause === 'bearer' ? CCH_ERR.NETWORK : CCH_ERR.TRANSFER_FAILED}`);
}

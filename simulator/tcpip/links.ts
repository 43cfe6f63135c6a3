// The real sockets behind the links of chapter 13 and what arrives on them.
//
// A link (0-3) is a TCP connection the module opened (+CIPOPEN "TCP"), one a +SERVERSTART server
// accepted (+CLIENT URC), or a UDP socket (+CIPOPEN "UDP"). Its state is in the tcpip slice; the
// socket object in the Modem's attachments (here). Received data goes out per the settings
// (manual §13.2.5, §13.2.8, §13.2.9, §13.2.12):
//   +CIPRXGET=0 (push), as one URC per at most 1500 bytes (§13.2.5 note):
//       [RECV FROM:<ip>:<port>]          with +CIPSRIP=1 (default)
//       [+IPD<len> | +RECEIVE,<link>,<len>]  with +CIPHEAD=1 (default), per +CIPCCFG <headerType>
//       <data>
//     after +CIPCCFG <delaytm> ms. The data is framed like a URC line (a <CR><LF> after it).
//   +CIPRXGET=1 (buffered): kept for AT+CIPRXGET=2/3/4; "+CIPRXGET: 1,<link>" when data arrives
//     to an empty buffer.
//   transparent mode (+CIPMODE=1): straight to the DTE in data mode (simulator/tcpip/transparent.ts).
// A link the peer (or the network) closes prints "+IPCLOSE: <link>,<close_reason>" (§13.4).

import { AttachmentKey } from '../core/attachments.js';
import type { ModemServices } from '../core/handler.js';
import type { CloseCause, TcpConnection, TcpListener, UdpSocket } from '../internet/internet.js';
import type { ModemState } from '../state/modem-state.js';
import type { Endpoint, LinkLifecycle } from '../state/tcpip.js';
import { CLOSE_REASON } from './errors.js';

/** Most bytes one receive report carries (§13.2.5 note). */
export const MAX_REPORT = 1500;

export interface LinkSocket {
  tcp?: TcpConnection;
  udp?: UdpSocket;
  /** Transparent mode: where received bytes go instead of URCs. */
  transparentSink?: (data: Buffer) => void;
  /** Transparent mode: the peer closed (the channel leaves data mode). */
  transparentClosed?: () => void;
}

export class SocketRuntime {
  readonly links: Array<LinkSocket | undefined> = [undefined, undefined, undefined, undefined];
  readonly servers: Array<TcpListener | undefined> = [undefined, undefined];
}

const SOCKETS = new AttachmentKey<SocketRuntime>('tcpip.sockets');

export function socketsOf(services: Pick<ModemServices, 'instance'>): SocketRuntime {
  return services.instance.attachments.getOrCreate(SOCKETS, () => new SocketRuntime());
}

/** Whether `state` is still the module's state (not a later power cycle's). */
export function samePowerCycle(services: Pick<ModemServices, 'instance'>, state: ModemState): boolean {
  return services.instance.state === state && services.instance.power === 'on';
}

/** The receive report lines for `data` on link `n` (push mode). */
export function receiveReport(state: ModemState, n: number, data: Buffer, from: Endpoint | undefined): string[] {
  const t = state.tcpip;
  const lines: string[] = [];
  if (t.cipsrip === 1 && from) lines.push(`RECV FROM:${from.address}:${from.port}`);
  if (t.ciphead === 1) lines.push(t.ccfg.headerType === 1 ? `+RECEIVE,${n},${data.length}` : `+IPD${data.length}`);
  lines.push(data.toString('latin1'));
  return lines;
}

/** Data arrived on link `n`: buffered, pushed as URCs, or passed on in transparent mode. */
export function received(state: ModemState, services: ModemServices, n: number, data: Buffer, from: Endpoint | undefined): void {
  if (!samePowerCycle(services, state)) return;
  const socket = socketsOf(services).links[n];
  if (socket?.transparentSink) {
    socket.transparentSink(data);
    return;
  }
  const slot = state.tcpip.links[n]!;
  if (state.tcpip.rxMode === 1) {
    slot.rx.push(Buffer.from(data));
    if (!slot.rxNotified) {
      slot.rxNotified = true;
      services.urc(`+CIPRXGET: 1,${n}`);
    }
    return;
  }
  for (let i = 0; i < data.length; i += MAX_REPORT) {
    const lines = receiveReport(state, n, data.subarray(i, i + MAX_REPORT), from);
    const delay = state.tcpip.ccfg.delayMs;
    if (delay > 0) services.setTimer(delay, () => samePowerCycle(services, state) && services.urc(lines));
    else services.urc(lines);
  }
}

/** Bytes buffered on link `n` for +CIPRXGET. */
export function bufferedLength(state: ModemState, n: number): number {
  return state.tcpip.links[n]!.rx.reduce((a, b) => a + b.length, 0);
}

/** Takes up to `max` buffered bytes of link `n`. */
export function takeBuffered(state: ModemState, n: number, max: number): Buffer {
  const slot = state.tcpip.links[n]!;
  const all = Buffer.concat(slot.rx);
  const out = all.subarray(0, max);
  const rest = all.subarray(out.length);
  slot.rx = rest.length > 0 ? [Buffer.from(rest)] : [];
  if (rest.length === 0) slot.rxNotified = false;
  return Buffer.from(out);
}

/** Makes link `n` a fresh, empty slot (a link number used again starts without old data). */
export function resetLink(state: ModemState, n: number): void {
  state.tcpip.links[n] = { rx: [], rxNotified: false };
}

/** Frees link `n` after its socket closed; returns what it was. */
export function releaseLink(state: ModemState, services: Pick<ModemServices, 'instance'>, n: number): LinkLifecycle | undefined {
  const slot = state.tcpip.links[n]!;
  const was = slot.lifecycle;
  slot.lifecycle = undefined;
  socketsOf(services).links[n] = undefined;
  return was;
}

/**
 * Wires a TCP connection to link `n`: data per the receive settings, a close the module did not
 * ask for reported with +IPCLOSE.
 */
export function attachTcp(state: ModemState, services: ModemServices, n: number, conn: TcpConnection): void {
  socketsOf(services).links[n] = { tcp: conn };
  conn.onData((data) => received(state, services, n, data, conn.remote));
  conn.onClose((cause) => passiveClose(state, services, n, cause, conn));
  const ka = state.tcpip.keepalive;
  if (ka.enabled === 1) conn.setKeepAlive(true, ka.idleMin * 60_000);
}

export function attachUdp(state: ModemState, services: ModemServices, n: number, socket: UdpSocket): void {
  socketsOf(services).links[n] = { udp: socket };
  socket.onMessage((data, from) => received(state, services, n, data, from));
  socket.onClose((cause) => passiveClose(state, services, n, cause, socket));
}

function passiveClose(state: ModemState, services: ModemServices, n: number, cause: CloseCause, owner: TcpConnection | UdpSocket): void {
  if (cause === 'local' || cause === 'power-off' || !samePowerCycle(services, state)) return;
  const socket = socketsOf(services).links[n];
  if (socket?.tcp !== owner && socket?.udp !== owner) return;
  const transparentClosed = socket.transparentClosed;
  releaseLink(state, services, n);
  transparentClosed?.();
  services.log(`tcpip: link ${n} closed (${cause})`);
  services.urc(`+IPCLOSE: ${n},${CLOSE_REASON.REMOTE}`);
}

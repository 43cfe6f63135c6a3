// The WebSocket clients behind the links of chapter 23: RFC 6455 connections made by the `ws`
// library over the module's data connections (simulator/internet/stream.ts connectionStream), so
// the bearer gate, routes and counters of the internet layer apply; wss:// over
// openTlsWithContext with SSL context 0.
//
// What the module reports (manual §23.2.3-23.2.5, §23.4):
//   a message from the server     +WSRECEIVE: <link_num>,<datalen><CR><LF><data>  (text and
//                                 binary alike, the bytes as they came; one URC per message)
//   the server or the network     +WSUNLINK: <link_num>,<cause>, <cause> being the close code of
//   ends the connection           RFC 6455 §7.4: the server's (1000 normal, 1001 going away...),
//                                 or 1006 when the connection ended without a close frame (a
//                                 reset, the bearer gone). Our reading: the manual names <cause>
//                                 without defining it; its text mentions "+WSDISC", its URC
//                                 column "+WSUNLINK" (used here).
//   pings from the server         answered with pongs (RFC 6455 §5.5.2), nothing printed
// Outcomes of the commands are the <err> of §23.3.1 (errors.ts): 5 when the server cannot be
// reached (name unknown, refused, no answer, TLS refused), 2 when the opening handshake could not
// be sent, 3 when the server's answer is not a WebSocket handshake (not 101, wrong
// Sec-WebSocket-Accept, a subprotocol not asked for) or none came in time, 4 when a frame cannot
// be written.
// Frames are sent unmasked-by-us, masked by `ws` as a client must (RFC 6455 §5.3); no extension
// is offered (permessage-deflate off), no redirect followed. Every wait is on the module's clock.

import WebSocket from 'ws';
import { AttachmentKey } from '../core/attachments.js';
import type { ModemServices } from '../core/handler.js';
import { contextBearer } from '../internet/bearer.js';
import { internetOf, type TcpConnection } from '../internet/internet.js';
import { connectionStream } from '../internet/stream.js';
import { openTlsWithContext } from '../ssl/open-tls.js';
import type { ModemState } from '../state/modem-state.js';
import type { WsServerAddress } from '../state/websocket.js';
import { WS_ERR, type WsErr } from './errors.js';

/** The SSL context wss:// links use. */
export const WSS_SSL_CONTEXT = 0;
/** `ws`'s own wait for the server's close frame, in real time: longer than any module timeout. */
const LIBRARY_CLOSE_TIMEOUT_MS = 10 * 60_000;
/** RFC 6455 §7.4.1: no status code received / the connection closed abnormally. */
export const ABNORMAL_CLOSURE = 1006;

interface LinkRuntime {
  socket: WebSocket;
  conn: TcpConnection;
  /** Set by AT+WSUNLINK: the close is reported there, not as a URC. */
  unlinking?: (code: number) => void;
}

class WebsocketRuntime {
  readonly links: Array<LinkRuntime | undefined> = [];

  dropAll(): void {
    for (const l of this.links.splice(0)) l?.socket.terminate();
  }
}

const RUNTIME = new AttachmentKey<WebsocketRuntime>('websocket.links');

export function websocketsOf(services: Pick<ModemServices, 'instance'>): WebsocketRuntime {
  const modem = services.instance;
  return modem.attachments.getOrCreate(RUNTIME, () => {
    const runtime = new WebsocketRuntime();
    modem.events.on('power', (p) => {
      if (p === 'off') runtime.dropAll();
    });
    return runtime;
  });
}

function samePowerCycle(services: Pick<ModemServices, 'instance'>, state: ModemState): boolean {
  return services.instance.state === state && services.instance.power === 'on';
}

/** Resolves with `work`, or with `fallback` after `ms` of the module's clock. */
function within<T>(services: ModemServices, work: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = services.setTimer(Math.max(0, ms), () => resolve(fallback));
    services.clock.outside(work).then(
      (v) => {
        services.clearTimer(timer);
        resolve(v);
      },
      (e: unknown) => {
        services.clearTimer(timer);
        reject(e);
      },
    );
  });
}

/** The subprotocols of AT+WSSETTINGS: a comma-separated list ("" for none). */
export function subprotocolList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** RFC 6455 §4.1: each subprotocol is a token (RFC 7230 §3.2.6). */
export function validSubprotocols(text: string): boolean {
  const list = subprotocolList(text);
  return list.every((p) => /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(p)) && new Set(list).size === list.length;
}

/**
 * Connects link `n` to `server` within `timeoutMs` (TCP or TLS, then the opening handshake);
 * the link is "connecting" meanwhile. Resolves with the <err> to report.
 */
export async function connectLink(state: ModemState, services: ModemServices, n: number, server: WsServerAddress, cid: number, timeoutMs: number): Promise<WsErr> {
  const slot = state.websocket.links[n]!;
  const runtime = websocketsOf(services);
  const started = services.clock.now();
  const fail = (err: WsErr, why: string): WsErr => {
    services.log(`websocket: link ${n} to ${server.text} failed: ${why}`);
    if (samePowerCycle(services, state) && slot.lifecycle.status === 'connecting') slot.lifecycle = { status: 'idle' };
    return err;
  };
  const bearer = contextBearer(state, cid);
  if (!bearer.ok) return fail(WS_ERR.CONNECT, `no bearer on context ${cid} (${bearer.reason})`);
  const open = { bearer: bearer.bearer, host: server.host, port: server.port, timeoutMs };
  let conn: TcpConnection;
  try {
    conn = server.secure ? await openTlsWithContext(services, { ...open, context: WSS_SSL_CONTEXT }) : await internetOf(services).openTcp({ ...open, services });
  } catch (e) {
    return fail(WS_ERR.CONNECT, (e as Error).message);
  }
  if (!samePowerCycle(services, state) || slot.lifecycle.status !== 'connecting') {
    conn.abort('local');
    return WS_ERR.FAILED;
  }
  const protocols = subprotocolList(slot.subprotocol);
  let socket: WebSocket;
  try {
    socket = new WebSocket(server.text, protocols, {
      createConnection: () => connectionStream(conn) as never,
      perMessageDeflate: false,
      followRedirects: false,
      closeTimeout: LIBRARY_CLOSE_TIMEOUT_MS,
    } as WebSocket.ClientOptions);
  } catch (e) {
    conn.abort('local');
    return fail(WS_ERR.INVALID_PARAMETER, (e as Error).message);
  }
  socket.on('error', (e) => services.log(`websocket: link ${n}: ${e.message}`));
  const opened = new Promise<string | undefined>((resolve) => {
    socket.once('open', () => resolve(undefined));
    socket.once('error', (e) => resolve(e.message));
    socket.once('close', () => resolve('the connection closed during the handshake'));
  });
  const problem = await within(services, opened, timeoutMs - (services.clock.now() - started), `no handshake answer in ${timeoutMs / 1000} s`);
  if (problem !== undefined) {
    socket.terminate();
    conn.abort('local');
    // Nothing of the request got out: the handshake could not be sent.
    return fail(conn.bytesSent === 0 ? WS_ERR.SEND_HANDSHAKE : WS_ERR.PARSE_HANDSHAKE, problem);
  }
  if (!samePowerCycle(services, state) || slot.lifecycle.status !== 'connecting') {
    socket.terminate();
    return WS_ERR.FAILED;
  }
  const link: LinkRuntime = { socket, conn };
  runtime.links[n] = link;
  slot.lifecycle = { status: 'connected', server };
  socket.on('message', (data: Buffer, isBinary: boolean) => {
    if (!samePowerCycle(services, state) || runtime.links[n] !== link) return;
    services.log(`websocket: link ${n} received a ${isBinary ? 'binary' : 'text'} message of ${data.length} bytes`);
    services.urc([`+WSRECEIVE: ${n},${data.length}`, data.toString('latin1')]);
  });
  socket.on('close', (code: number) => {
    if (runtime.links[n] !== link) return;
    runtime.links[n] = undefined;
    if (!samePowerCycle(services, state)) return;
    slot.lifecycle = { status: 'idle' };
    if (link.unlinking) {
      link.unlinking(code);
      return;
    }
    services.log(`websocket: link ${n} closed by the other side (${code})`);
    services.urc(`+WSUNLINK: ${n},${code}`);
  });
  services.log(`websocket: link ${n} connected to ${server.text}${protocols.length ? ` (${socket.protocol || 'no subprotocol'})` : ''}`);
  return WS_ERR.OK;
}

/** Whether link `n` has a connection. */
export function linkConnected(services: Pick<ModemServices, 'instance'>, n: number): boolean {
  return websocketsOf(services).links[n] !== undefined;
}

/**
 * Sends one message on link `n` (RFC 6455 §5.6: a text frame or a binary frame), within
 * `timeoutMs`: 0 when it was written, 4 when it could not be.
 */
export async function pushMessage(services: ModemServices, n: number, data: Buffer, binary: boolean, timeoutMs: number): Promise<WsErr> {
  const link = websocketsOf(services).links[n];
  if (!link || link.socket.readyState !== WebSocket.OPEN) return WS_ERR.SOCKET;
  const sent = new Promise<WsErr>((resolve) => link.socket.send(data, { binary }, (err) => resolve(err ? WS_ERR.SOCKET : WS_ERR.OK)));
  return within(services, sent, timeoutMs, WS_ERR.SOCKET);
}

/**
 * Closes link `n` with the closing handshake (RFC 6455 §7.1.2, status 1000), waiting up to
 * `timeoutMs` for the server's close frame: 0 when it came; 1 when it did not (the connection
 * is then dropped) or the connection ended without one.
 */
export async function unlink(state: ModemState, services: ModemServices, n: number, timeoutMs: number): Promise<WsErr> {
  const link = websocketsOf(services).links[n];
  const slot = state.websocket.links[n]!;
  if (!link || slot.lifecycle.status !== 'connected') return WS_ERR.FAILED;
  slot.lifecycle = { status: 'closing', server: slot.lifecycle.server };
  const closed = new Promise<number>((resolve) => (link.unlinking = resolve));
  link.socket.close(1000);
  const code = await within(services, closed, timeoutMs, -1);
  if (code === -1) {
    link.socket.terminate();
    return WS_ERR.FAILED;
  }
  return code === ABNORMAL_CLOSURE ? WS_ERR.FAILED : WS_ERR.OK;
}

/** Cuts link `n` off as a network failure would (a reset, no close frame): for control actions. */
export function dropLink(services: Pick<ModemServices, 'instance'>, n: number): boolean {
  const link = websocketsOf(services).links[n];
  if (!link) return false;
  link.conn.abort('error');
  return true;
}

// The HTTP(S) client of chapter 14 on the module's data connections: one request at a time over
// a connection of the internet layer (simulator/internet/), TCP for http://, TLS with the SSL
// context of AT+HTTPPARA "SSLCFG" for https:// (simulator/ssl/open-tls.ts), riding the bearer of
// the PDP context AT+HTTPINIT started the service on.
//
// Why not node:http: AT+HTTPPOSTFILE with <send_header> 0 sends a request file as it is, and
// AT+HTTPHEAD prints the response header as received; node:http composes its own request head and
// hands out parsed fields only. So the module writes its request bytes itself (request.ts) and
// reads the response with its own HTTP/1.1 parser (response-parser.ts), over TcpConnection.
//
// Connections (RFC 9112 §9.3): the module asks to keep the connection ("Connection: keep-alive");
// a response that allows it leaves the connection open, and the next request to the same server
// (scheme, name, port, SSL context, PDP context) uses it again. When the server closes the
// connection the service holds — after a response, or ending one read until close — the module
// reports "+HTTP_PEER_CLOSED" (§14.4), after the result of the request it answered. A kept
// connection that the server closed just as the next request went out is replaced once by a new
// one (nothing of a response had arrived). AT+HTTPTERM and power-off close it without a report.
//
// Time: <conn_timeout> bounds opening the connection (name resolution, TCP connect, TLS
// handshake under the context's own <negotiatetime>); <recv_timeout> bounds each wait for data
// from the server. Waiting for the server is real I/O (clock.outside): virtual time does not run
// past a server on loopback that is about to answer.

import { AttachmentKey } from '../core/attachments.js';
import type { ModemServices } from '../core/handler.js';
import { bearerUp, contextBearer, type Bearer } from '../internet/bearer.js';
import { internetOf, type CloseCause, type TcpConnection } from '../internet/internet.js';
import { openTlsWithContext } from '../ssl/open-tls.js';
import type { ModemState } from '../state/modem-state.js';
import type { HttpParams } from '../state/http.js';
import { ERRCODE, STATUS, openErrcode } from './errors.js';
import { ResponseParser } from './response-parser.js';
import type { ModuleUrl } from './url.js';

export type RequestOutcome =
  | { ok: true; status: number; header: Buffer; content: Buffer }
  /** `code`: an <errcode> of §14.3.2, or <statuscode> 600 for a response that is not HTTP. */
  | { ok: false; code: number; why: string };

export interface RequestPlan {
  url: ModuleUrl;
  cid: number;
  params: HttpParams;
  /** The request as sent. */
  bytes: Buffer;
  /** Its method (a response to HEAD has no content). */
  method: string;
}

interface HeldConnection {
  conn: TcpConnection;
  key: string;
  /** The last response allowed another request on it. */
  reusable: boolean;
  /** A request is being answered on it now. */
  inExchange: boolean;
  /** The server closed it during the exchange: report once the exchange's result is out. */
  peerClosed: boolean;
}

/** The service's connection and the request in flight, per Modem (see the file comment). */
export class HttpRuntime {
  held: HeldConnection | undefined;
  /** Bumped by stop(): a request started before must not report after it. */
  generation = 0;

  /** Closes the held connection now (AT+HTTPTERM, power-off): nothing is reported. */
  stop(): void {
    this.generation++;
    const held = this.held;
    this.held = undefined;
    held?.conn.abort('local');
  }
}

const RUNTIME = new AttachmentKey<HttpRuntime>('http.runtime');

export function httpRuntimeOf(services: Pick<ModemServices, 'instance'>): HttpRuntime {
  const modem = services.instance;
  return modem.attachments.getOrCreate(RUNTIME, () => {
    const runtime = new HttpRuntime();
    modem.events.on('power', (p) => {
      if (p === 'off') runtime.stop();
    });
    return runtime;
  });
}

function connectionKey(plan: RequestPlan): string {
  return `${plan.cid}|${plan.url.secure ? `https|${plan.params.sslCfg}` : 'http'}|${plan.url.host.toLowerCase()}|${plan.url.port}`;
}

async function openConnection(services: ModemServices, plan: RequestPlan, bearer: Bearer): Promise<TcpConnection> {
  const timeoutMs = plan.params.connectTimeoutS * 1000;
  const { host, port } = plan.url;
  if (plan.url.secure) return openTlsWithContext(services, { context: plan.params.sslCfg, bearer, host, port, timeoutMs });
  return internetOf(services).openTcp({ bearer, host, port, timeoutMs, services });
}

/**
 * The most content the module takes from one response: the module's memory is finite (its file
 * system is 11 MB); a longer one ends the request with <statuscode> 602 "No memory" (§14.3.1).
 * Our figure: the manual gives none but READMODE's 1M (§14.2.3, see httpread.ts).
 */
export const MAX_CONTENT_BYTES = 16 * 1024 * 1024;

type ExchangeResult = { kind: 'response'; parser: ResponseParser } | { kind: 'failed'; code: number; why: string; nothingReceived: boolean } | { kind: 'aborted' };

/** Sends the request on `held` and reads the response (see the file comment for the timeouts). */
function exchange(services: ModemServices, held: HeldConnection, plan: RequestPlan): Promise<ExchangeResult> {
  const { conn } = held;
  const parser = new ResponseParser(plan.method);
  let received = 0;
  const result = new Promise<ExchangeResult>((resolve) => {
    let active = true;
    let timer: ReturnType<ModemServices['setTimer']> | undefined;
    const done = (r: ExchangeResult) => {
      if (!active) return;
      active = false;
      services.clearTimer(timer);
      resolve(r);
    };
    const arm = () => {
      services.clearTimer(timer);
      timer = services.setTimer(plan.params.recvTimeoutS * 1000, () => {
        done({ kind: 'failed', code: ERRCODE.TIMEOUT, why: `nothing from the server for ${plan.params.recvTimeoutS} s`, nothingReceived: received === 0 });
        conn.abort('local');
      });
    };
    const settle = () => {
      if (parser.state === 'done') done({ kind: 'response', parser });
      else if (parser.state === 'error') done({ kind: 'failed', code: STATUS.NOT_HTTP_PDU, why: parser.error ?? 'not HTTP', nothingReceived: false });
    };
    conn.onData((data) => {
      if (!active) return;
      received += data.length;
      parser.push(data);
      if (parser.contentLength > MAX_CONTENT_BYTES) {
        done({ kind: 'failed', code: STATUS.NO_MEMORY, why: `more than ${MAX_CONTENT_BYTES} bytes of content`, nothingReceived: false });
        conn.abort('local');
        return;
      }
      arm();
      settle();
    });
    conn.onClose((cause: CloseCause) => {
      if (!active) return;
      parser.end();
      if (parser.state === 'done') return settle();
      if (cause === 'local' || cause === 'power-off') return done({ kind: 'aborted' });
      const code = cause === 'bearer' ? ERRCODE.NO_NETWORK : cause === 'error' ? ERRCODE.SOCKET_DATA_FAILED : ERRCODE.CONNECTION_CLOSED;
      done({ kind: 'failed', code, why: `connection closed (${cause}) ${parser.error ?? ''}`.trim(), nothingReceived: received === 0 });
    });
    arm();
    conn.send(plan.bytes).catch((e: Error) => done({ kind: 'failed', code: ERRCODE.SOCKET_DATA_FAILED, why: `send failed: ${e.message}`, nothingReceived: received === 0 }));
  });
  return services.clock.outside(result);
}

/** Watches a connection the service holds: the server closing it is "+HTTP_PEER_CLOSED". */
function watch(services: ModemServices, runtime: HttpRuntime, held: HeldConnection): void {
  held.conn.onClose((cause) => {
    if (cause !== 'remote') {
      if (runtime.held === held) runtime.held = undefined;
      return;
    }
    if (held.inExchange) {
      held.peerClosed = true;
      return;
    }
    if (runtime.held !== held) return;
    runtime.held = undefined;
    services.log('http: the server closed the connection');
    services.urc('+HTTP_PEER_CLOSED');
  });
}

/**
 * Runs one request of the started service: opens (or reuses) the connection, sends, reads the
 * response. `report` prints the result line (the +HTTPACTION / +HTTPPOSTFILE URC); it is not
 * called when AT+HTTPTERM or power-off ended the request first. A "+HTTP_PEER_CLOSED" the server
 * caused meanwhile follows the report.
 */
export async function runRequest(state: ModemState, services: ModemServices, plan: RequestPlan, report: (outcome: RequestOutcome) => void): Promise<void> {
  const runtime = httpRuntimeOf(services);
  const generation = runtime.generation;
  const current = () => runtime.generation === generation && services.instance.state === state && services.instance.power === 'on';
  const outcome = await perform(state, services, runtime, plan, current);
  if (!outcome || !current()) return;
  services.log(outcome.ok ? `http: ${plan.method} → ${outcome.status}, ${outcome.content.length} bytes` : `http: ${plan.method} failed with ${outcome.code}: ${outcome.why}`);
  report(outcome);
  const held = runtime.held;
  if (held?.peerClosed) {
    runtime.held = undefined;
    services.urc('+HTTP_PEER_CLOSED');
  }
}

async function perform(state: ModemState, services: ModemServices, runtime: HttpRuntime, plan: RequestPlan, current: () => boolean): Promise<RequestOutcome | undefined> {
  const check = contextBearer(state, plan.cid);
  if (!check.ok) return { ok: false, code: ERRCODE.NO_NETWORK, why: `no bearer on context ${plan.cid} (${check.reason})` };
  const bearer = check.bearer;
  const key = connectionKey(plan);
  for (let attempt = 0; attempt < 2; attempt++) {
    let held = runtime.held;
    const reused = held !== undefined && held.key === key && held.reusable && held.conn.open;
    if (!reused) {
      runtime.held = undefined;
      if (held) held.conn.abort('local');
      let conn: TcpConnection;
      try {
        conn = await openConnection(services, plan, bearer);
      } catch (e) {
        if (!current()) return undefined;
        const code = bearerUp(state, bearer) ? openErrcode(e) : ERRCODE.NO_NETWORK;
        return { ok: false, code, why: (e as Error).message };
      }
      if (!current()) {
        conn.abort('local');
        return undefined;
      }
      held = { conn, key, reusable: false, inExchange: false, peerClosed: false };
      runtime.held = held;
      watch(services, runtime, held);
    }
    held = held!;
    held.inExchange = true;
    held.reusable = false;
    const r = await exchange(services, held, plan);
    held.inExchange = false;
    if (r.kind === 'aborted' || !current()) return undefined;
    if (r.kind === 'failed') {
      if (reused && r.nothingReceived && r.code !== ERRCODE.NO_NETWORK && r.code !== ERRCODE.TIMEOUT) {
        // The kept connection was gone before the request reached the server: once more, anew.
        held.peerClosed = false;
        if (runtime.held === held) runtime.held = undefined;
        continue;
      }
      if (held.conn.open && r.code !== ERRCODE.CONNECTION_CLOSED) held.conn.abort('local');
      return { ok: false, code: r.code, why: r.why };
    }
    held.reusable = r.parser.reusable;
    const head = r.parser.head!;
    return { ok: true, status: head.status, header: head.raw, content: r.parser.content };
  }
  return { ok: false, code: ERRCODE.CONNECTION_CLOSED, why: 'the server closed two connections before answering' };
}

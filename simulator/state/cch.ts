// The SSL client of chapter 17 (AT+CCH*, manual §17.2.5-17.2.15): the report and receive modes
// (+CCHSET), transparent or not (+CCHMODE), the service per PDP context (+CCHSTART/+CCHSTOP),
// and the two sessions (0-1) with their client context (+CCHSSLCFG, +CCHCFG), their connection
// (+CCHOPEN/+CCHCLOSE) and the data cached for +CCHRECV.
//
// Saving: every AT+CCH* command is "-" (no saving, manual §17.2.5-17.2.15): nothing survives a
// power cycle. The real connections behind the sessions live in the Modem's attachments
// (simulator/cch/runtime.ts) and close at power-off.
//
// Lifecycles:
//   service per cid: starting (the context being activated) → started → gone (AT+CCHSTOP, or
//   the bearer lost: "+CCH:CCH STOP", simulator/cch/supervision.ts).
//   session: opening (connect and handshake in progress) → open → absent. Data cached in manual
//   receive mode stays readable after the server closed (§17.2.15 note), until the session is
//   opened again, closed with AT+CCHCLOSE, or the service stops.

import { reactCch } from '../cch/supervision.js';
import { defineSlice } from './modem-state.js';

export const CCH_SESSIONS = 2;

/** <sendtimeout_val> default, seconds (§17.2.11). */
export const DEFAULT_SEND_TIMEOUT_S = 150;

export type CchServiceLifecycle =
  | { status: 'starting' }
  | {
      status: 'started';
      /** The context's IPv4 address when the service started (the bearer it rides). */
      address: string;
      /** Whether AT+CCHSTART activated the context (AT+CCHSTOP then deactivates it). */
      activatedByUs: boolean;
    };

/** <client_type> of AT+CCHOPEN: 1 TCP, 2 SSL/TLS. */
export type ClientType = 1 | 2;

export interface SessionTarget {
  /** As given to AT+CCHOPEN (a name or an address), shown by AT+CCHOPEN?. */
  host: string;
  port: number;
  clientType: ClientType;
  /** <bind_port>, if given. */
  bindPort?: number;
  /** The context the session rides. */
  cid: number;
  /** Opened while the service was in transparent mode (session 0 only). */
  transparent: boolean;
}

export type CchSessionLifecycle =
  | ({ status: 'opening' } & SessionTarget)
  | ({
      status: 'open';
      /** The SSL context the connection was made with (client type 2). */
      sslContext?: number;
      /** Transparent mode: the AT channel whose data session it is. */
      channel?: string;
    } & SessionTarget);

/** The client context of a session (§17.2.10-17.2.11). */
export interface CchClientContext {
  /** <sendtimeout_val>, seconds: how long a send may take. */
  sendTimeoutS: number;
  /** The SSL context of AT+CCHSSLCFG / AT+CCHCFG "sslctx"; undefined: the one numbered as the session. */
  sslContext?: number;
  /** AT+CCHCFG "CID"/"SCID"; undefined: the context the service started on. */
  cid?: number;
}

export interface CchSession {
  lifecycle?: CchSessionLifecycle;
  client: CchClientContext;
  /** Received data waiting for AT+CCHRECV (manual receive mode). */
  rx: Buffer[];
  /** Whether "+CCHEVENT: <session_id>,RECV EVENT" was reported since the cache was last empty. */
  rxNotified: boolean;
}

export interface CchState {
  /** +CCHSET <report_send_result>: 1 prints "+CCHSEND: <session_id>,<err>" when a send completes. */
  reportSendResult: number;
  /** +CCHSET <recv_mode>: 0 data pushed as it arrives, 1 cached for AT+CCHRECV. */
  recvMode: number;
  /** +CCHMODE <mode>: 0 normal, 1 transparent (session 0 in data mode). */
  mode: number;
  /** The service, by cid. */
  service: Record<number, CchServiceLifecycle>;
  sessions: CchSession[];
}

declare module './modem-state.js' {
  interface ModemState {
    cch: CchState;
  }
}

export function freshClientContext(): CchClientContext {
  return { sendTimeoutS: DEFAULT_SEND_TIMEOUT_S };
}

export function freshSession(): CchSession {
  return { client: freshClientContext(), rx: [], rxNotified: false };
}

export function freshCch(): CchState {
  return { reportSendResult: 0, recvMode: 0, mode: 0, service: {}, sessions: Array.from({ length: CCH_SESSIONS }, freshSession) };
}

/** The cids the service is started on, lowest first. */
export function startedCids(c: CchState): number[] {
  return Object.entries(c.service)
    .filter(([, s]) => s.status === 'started')
    .map(([cid]) => Number(cid))
    .sort((a, b) => a - b);
}

/** Whether the service is started (or starting) on any context. */
export function serviceRunning(c: CchState): boolean {
  return Object.keys(c.service).length > 0;
}

/**
 * The context session `n` uses: AT+CCHCFG "SCID"/"CID" if set, else the (lowest) context the
 * service is started on, else 1 (the manual's default <cid>).
 */
export function sessionCid(c: CchState, n: number): number {
  return c.sessions[n]!.client.cid ?? startedCids(c)[0] ?? 1;
}

/** Bytes cached for session `n`. */
export function cachedLength(c: CchState, n: number): number {
  return c.sessions[n]!.rx.reduce((a, b) => a + b.length, 0);
}

export const cchSlice = defineSlice({
  key: 'cch',
  create: () => freshCch(),
  // The service follows its bearers (simulator/cch/supervision.ts).
  react: reactCch,
});

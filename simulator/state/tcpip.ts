// The socket service of chapter 13 (TCP/IP): whether it is open on which PDP contexts
// (+NETOPEN/+NETCLOSE, +CSOCKSETPN), the four links of +CIPOPEN and the two TCP servers of
// +SERVERSTART, and the settings of the chapter (+CIPMODE, +CIPHEAD, +CIPSRIP, +CIPRXGET,
// +CIPTIMEOUT, +CIPCCFG, +CIPCFG, +CTCPKA, +CDNSCFG).
//
// Saving: every command of the chapter is NO_SAVE (manual §13.2.1-13.2.20): nothing survives a
// power cycle. The real sockets behind the links live in the Modem's attachments
// (simulator/tcpip/links.ts) and close at power-off.
//
// Lifecycles:
//   service per cid: opening (NETOPEN activating) → open → (bearer lost) broken → closed by
//   NETCLOSE; "broken" is the manual's state after +CIPEVENT: NETWORK CLOSED UNEXPECTEDLY, where
//   "AT+NETOPEN? shows the network library is still opened" until AT+NETCLOSE (§13.4).
//   link: opening (connect in progress) → open → closed (absent); data buffered for +CIPRXGET
//   stays readable after the peer closed, until the link number is used again or NETCLOSE.

import { reactTcpip } from '../tcpip/supervision.js';
import { defineSlice } from './modem-state.js';

export type ServiceLifecycle =
  | { status: 'opening' }
  | {
      status: 'open';
      address: string;
      /** AT+CIPMODE when it opened: 1 transparent (link 0 only). */
      transparent: boolean;
      /** Whether NETOPEN activated the context (NETCLOSE then deactivates it). */
      activatedByUs: boolean;
    }
  | { status: 'broken'; activatedByUs: boolean };

export interface Endpoint {
  address: string;
  port: number;
}

export type LinkLifecycle =
  | { status: 'opening'; type: 'TCP' | 'UDP'; cid: number; remote?: Endpoint; transparent: boolean }
  | {
      status: 'open';
      type: 'TCP' | 'UDP';
      cid: number;
      /** TCP: the peer; UDP: none (each datagram names its own). */
      remote?: Endpoint;
      localPort: number;
      /** -1: a client the module opened; 0-1: accepted by that +SERVERSTART server. */
      serverIndex: number;
      transparent: boolean;
    };

export interface LinkSlot {
  lifecycle?: LinkLifecycle;
  /** Received data waiting for +CIPRXGET (mode 1). */
  rx: Buffer[];
  /** Whether "+CIPRXGET: 1,<link>" was reported since the buffer was last empty. */
  rxNotified: boolean;
}

export interface ServerSlot {
  port: number;
  backlog: number;
  cid: number;
}

export interface CipCcfg {
  nmRetry: number;
  delayMs: number;
  ack: number;
  /** 0 numeric <err_info>, 1 text. */
  errMode: number;
  /** 0 "+IPD<len>", 1 "+RECEIVE,<link>,<len>". */
  headerType: number;
  asyncMode: number;
  /** Minimum TCP retransmission timeout, ms. */
  timeoutVal: number;
}

export interface TcpipState {
  /** Socket service by cid. */
  service: Record<number, ServiceLifecycle>;
  links: LinkSlot[];
  servers: Array<ServerSlot | undefined>;
  /** +CIPMODE: 0 non-transparent, 1 transparent. */
  cipmode: number;
  /** +CIPHEAD, +CIPSRIP: add the +IPD header / the RECV FROM line to received data. */
  ciphead: number;
  cipsrip: number;
  /** +CIPRXGET <mode>: 0 push, 1 buffer until read. */
  rxMode: number;
  /** +CIPTIMEOUT, ms. */
  timeouts: { netopen: number; cipopen: number; cipsend: number };
  ccfg: CipCcfg;
  /** +CIPCFG "transwaittm": ms the transparent mode waits to pack DTE bytes. */
  transWaitMs: number;
  /** +CIPCFG "CID"/"SCID": the context each link uses. */
  linkCids: number[];
  /** +CSOCKSETPN: the context (and IP family) AT+NETOPEN uses without a <cid>. */
  socketPdp: { cid: number; family: number };
  /** +CTCPKA: keepalive on/off, idle and interval in minutes, probe count. */
  keepalive: { enabled: number; idleMin: number; count: number; intervalMin: number };
  /** +CDNSCFG: the DNS servers, per family; undefined: the ones the network gave. */
  dns: { v4?: [string, string]; v6?: [string, string] };
}

declare module './modem-state.js' {
  interface ModemState {
    tcpip: TcpipState;
  }
}

export const LINKS = 4;
export const DEFAULT_TIMEOUT_MS = 120_000;

export function defaultCcfg(): CipCcfg {
  return { nmRetry: 10, delayMs: 0, ack: 0, errMode: 1, headerType: 0, asyncMode: 0, timeoutVal: 500 };
}

export function freshTcpip(): TcpipState {
  return {
    service: {},
    links: Array.from({ length: LINKS }, () => ({ rx: [], rxNotified: false })),
    servers: [undefined, undefined],
    cipmode: 0,
    ciphead: 1,
    cipsrip: 1,
    rxMode: 0,
    timeouts: { netopen: DEFAULT_TIMEOUT_MS, cipopen: DEFAULT_TIMEOUT_MS, cipsend: DEFAULT_TIMEOUT_MS },
    ccfg: defaultCcfg(),
    transWaitMs: 10,
    linkCids: [1, 1, 1, 1],
    socketPdp: { cid: 1, family: 1 },
    // The manual gives no factory values: Linux's TCP defaults (idle 7200 s, 9 probes, 75 s ≈ 1 min).
    keepalive: { enabled: 0, idleMin: 120, count: 9, intervalMin: 1 },
    dns: {},
  };
}

/** The open service on `cid`, if any. */
export function openService(t: TcpipState, cid: number): Extract<ServiceLifecycle, { status: 'open' }> | undefined {
  const s = t.service[cid];
  return s?.status === 'open' ? s : undefined;
}

/** Whether the socket service is open (or broken, still to be closed) on any context: +NETOPEN? 1. */
export function serviceOpened(t: TcpipState): boolean {
  return Object.values(t.service).some((s) => s.status !== 'opening');
}

export const tcpipSlice = defineSlice({
  key: 'tcpip',
  create: () => freshTcpip(),
  // The socket service follows its bearers (simulator/tcpip/supervision.ts).
  react: reactTcpip,
});

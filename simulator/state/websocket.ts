// The WebSocket service of chapter 23: whether it is started (AT+WSSTART/AT+WSSTOP), and the two
// links of AT+WSLINK with their subprotocols (AT+WSSETTINGS).
//
// Saving: every command of the chapter has Parameter Saving Mode "-" (manual §23.2.1-23.2.6):
// nothing survives a power cycle. The real connections behind the links live in the Modem's
// attachments (simulator/websocket/links.ts) and close at power-off.
//
// Lifecycles:
//   service: stopped → starting (AT+WSSTART, the PDP context being brought up) → started →
//            stopped (AT+WSSTOP, only while no link is in use)
//   link:    idle → connecting (AT+WSLINK) → connected → closing (AT+WSUNLINK) → idle; a
//            connection the server or the network ends goes back to idle with
//            "+WSUNLINK: <link_num>,<cause>" (§23.4)

import { defineSlice } from './modem-state.js';

/** "By default, we use two Websockets" (§23.2): links 0 and 1. */
export const WS_LINKS = 2;

/** The <server_addr> of AT+WSLINK, taken apart. */
export interface WsServerAddress {
  /** As typed: "ws://121.40.165.18:8800/test". */
  text: string;
  /** wss:// (TLS with SSL context 0). */
  secure: boolean;
  /** The host and port part as typed ("121.40.165.18:8800"): AT+WSLINK? prints it. */
  authority: string;
  host: string;
  port: number;
  /** Path and query, "/" when none was given. */
  path: string;
}

export type WsLinkLifecycle =
  | { status: 'idle' }
  | { status: 'connecting'; server: WsServerAddress }
  | { status: 'connected'; server: WsServerAddress }
  | { status: 'closing'; server: WsServerAddress };

export interface WsLinkSlot {
  lifecycle: WsLinkLifecycle;
  /** AT+WSSETTINGS "Sec-WebSocket-Protocol": "" for none (the manual's NULL). */
  subprotocol: string;
}

export type WsServiceLifecycle = { status: 'stopped' } | { status: 'starting' } | { status: 'started'; cid: number };

export interface WebsocketState {
  service: WsServiceLifecycle;
  links: WsLinkSlot[];
}

declare module './modem-state.js' {
  interface ModemState {
    websocket: WebsocketState;
  }
}

export function freshWebsocket(): WebsocketState {
  return { service: { status: 'stopped' }, links: Array.from({ length: WS_LINKS }, () => ({ lifecycle: { status: 'idle' }, subprotocol: '' })) };
}

export const websocketSlice = defineSlice({
  key: 'websocket',
  create: () => freshWebsocket(),
});

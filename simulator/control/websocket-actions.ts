// Control actions of chapter 23's WebSocket links (simulator/websocket/): what is connected, and
// cutting a link off as a network failure would, so a DTE's reconnection logic can be tested
// without a server that cooperates.

import type { Modem } from '../core/modem.js';
import { WS_LINKS } from '../state/websocket.js';
import { dropLink } from '../websocket/links.js';
import { ControlError, rangedParam, type ControlAction } from './action.js';

function status(modem: Modem) {
  if (modem.power !== 'on') return { service: { status: 'stopped' }, links: [] };
  const ws = modem.state.websocket;
  return {
    service: ws.service,
    links: ws.links.map((l, link) => ({
      link,
      status: l.lifecycle.status,
      ...(l.lifecycle.status === 'idle' ? {} : { url: l.lifecycle.server.text }),
      subprotocol: l.subprotocol,
    })),
  };
}

export const websocketActions: readonly ControlAction[] = [
  {
    name: 'websocket status',
    summary: 'The WebSocket service (AT+WSSTART) and its links: state, server, subprotocol',
    params: {},
    run: (modem) => status(modem),
  },
  {
    name: 'websocket drop',
    summary: 'Cut a WebSocket link off without a close frame (a network failure): +WSUNLINK: <link>,1006',
    params: { link: { type: 'number', description: `link number 0-${WS_LINKS - 1}`, required: true } },
    run: (modem, p) => {
      const link = rangedParam(p, 'link', 0, WS_LINKS - 1)!;
      if (modem.power !== 'on' || !dropLink(modem.services(), link)) throw new ControlError(`link ${link} is not connected`);
      return status(modem);
    },
  },
];

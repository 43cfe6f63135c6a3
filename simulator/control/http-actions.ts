// Control actions of the HTTP(S) service (manual chapter 14): what the service holds, for a test
// or a user watching a module from outside — the parameters AT+HTTPPARA set (the manual gives no
// read form for them), the request in progress, the last response and the connection kept to the
// server. The servers themselves are real (tests start them on loopback; "set host" and
// "internet route" give them the names and addresses the module uses).
//
//   modem-sim http status --pty /dev/pts/3 [--content]

import type { Modem } from '../core/modem.js';
import { httpRuntimeOf } from '../http/service.js';
import type { ControlAction } from './action.js';

function status(modem: Modem, withContent: boolean) {
  if (modem.power !== 'on') return { power: modem.power, service: 'stopped' };
  const service = modem.state.http.service;
  if (service.status !== 'started') return { service: service.status, ...(service.status === 'starting' ? { cid: service.cid } : {}) };
  const held = httpRuntimeOf(modem.services()).held;
  const r = service.response;
  return {
    service: service.status,
    cid: service.cid,
    networkUp: service.networkUp,
    params: service.params,
    postDataBytes: service.postData?.length ?? 0,
    busy: service.busy ?? null,
    response: r
      ? {
          method: r.method ?? null,
          status: r.status,
          headerBytes: r.header.length,
          contentBytes: r.content.length,
          readPosition: r.readPosition,
          ...(withContent ? { header: r.header.toString('latin1'), content: r.content.toString('latin1') } : {}),
        }
      : null,
    connection: held ? { to: `${held.conn.remote.address}:${held.conn.remote.port}`, open: held.conn.open, reusable: held.reusable } : null,
  };
}

export const httpActions: readonly ControlAction[] = [
  {
    name: 'http status',
    summary: 'The HTTP(S) service: parameters, request in progress, last response, kept connection',
    params: { content: { type: 'boolean', description: 'include the last response\'s header and content (as latin1 text)' } },
    run: (modem, p) => status(modem, p.content === true),
  },
];

// Control actions of the SSL client (manual §17.2.5-17.2.15): what the AT+CCH* service and its
// sessions are doing, and a fault a test or a user can cause from outside.
//
//   modem-sim cch status --pty /dev/pts/3
//   modem-sim cch break --pty /dev/pts/3 --session 0
//
// "cch break" resets the session's connection as a failing network path would (a TCP reset
// goes to the server): the module reports "+CCH_RECV_CLOSED: <session_id>,6" (6 "Transfer
// failed", simulator/cch/runtime.ts). The server closing, the bearer going (control "deactivate
// context", "set coverage") and the server's data come from the real world and need no action.

import type { Modem } from '../core/modem.js';
import { cchRuntimeOf } from '../cch/runtime.js';
import { cachedLength, sessionCid } from '../state/cch.js';
import { ControlError, rangedParam, type ControlAction } from './action.js';

function status(modem: Modem) {
  if (modem.power !== 'on') return { power: modem.power, service: {}, sessions: [] };
  const c = modem.state.cch;
  const runtime = cchRuntimeOf(modem.services());
  return {
    reportSendResult: c.reportSendResult,
    recvMode: c.recvMode,
    mode: c.mode,
    service: c.service,
    sessions: c.sessions.map((s, n) => {
      const conn = runtime.sessions[n]?.conn;
      return {
        session: n,
        ...(s.lifecycle ?? { status: 'closed' }),
        cid: sessionCid(c, n),
        client: s.client,
        cached: cachedLength(c, n),
        ...(conn ? { remote: conn.remote, sent: conn.bytesSent, received: conn.bytesReceived, unsent: conn.bytesSent - conn.bytesAcked } : {}),
      };
    }),
  };
}

export const cchActions: readonly ControlAction[] = [
  {
    name: 'cch status',
    summary: 'The SSL client (AT+CCH*): modes, the service per context, each session with its cache and byte counts',
    params: {},
    run: (modem) => status(modem),
  },
  {
    name: 'cch break',
    summary: 'Reset a session\'s connection (a receive error): +CCH_RECV_CLOSED: <session>,6',
    params: { session: { type: 'number', description: 'session 0-1', required: true } },
    run: (modem, p) => {
      const n = rangedParam(p, 'session', 0, 1)!;
      if (modem.power !== 'on') throw new ControlError('cch break: the module is off');
      const conn = cchRuntimeOf(modem.services()).sessions[n]?.conn;
      if (!conn) throw new ControlError(`cch break: session ${n} is not connected`);
      conn.abort('error');
      return status(modem);
    },
  },
];

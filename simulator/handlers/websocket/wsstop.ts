// SIM767XX §23.2.2 AT+WSSTOP Stop websocket service: OK then "+WSSTOP: 0"; ERROR when the service
// is not started, or "if there is an open connection that exists" (a link connecting, connected
// or closing). The subprotocols of AT+WSSETTINGS are cleared (§23.2.6). The PDP context stays up
// (other services may ride it).

import { reply, urcEffect, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { WS_ERR } from '../../websocket/errors.js';

export const wsstop: CommandHandler = {
  name: '+WSSTOP',
  exec: (ctx) => {
    const ws = ctx.state.websocket;
    if (ws.service.status !== 'started' || ws.links.some((l) => l.lifecycle.status !== 'idle')) return reply(ERROR);
    ws.service = { status: 'stopped' };
    for (const l of ws.links) l.subprotocol = '';
    return reply(OK, [], [urcEffect(`+WSSTOP: ${WS_ERR.OK}`)]);
  },
};

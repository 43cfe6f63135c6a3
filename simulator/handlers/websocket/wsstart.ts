// SIM767XX §23.2.1 AT+WSSTART Start websocket service: "by activating the PDP context before any
// other WebSocket operations". OK, then "+WSSTART: 0" once context 1 is up (activated as
// AT+CGACT does if it is not; the EPS default bearer is used as it is, after the service's
// start-up, START_MS, our figure within the manual's 10 s: simulator/internet/service-context.ts),
// or "+WSSTART: 1" (failed: not registered, or the context could not be activated). ERROR when
// the service is already started (or starting). The subprotocols of AT+WSSETTINGS are cleared
// (§23.2.6).

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { bringUpServiceContext } from '../../internet/service-context.js';
import { activeContext } from '../../state/packet.js';
import { WS_ERR } from '../../websocket/errors.js';

/** The PDP context of the WebSocket service. */
export const WS_CID = 1;
/** The service's start-up on a context that is already active. */
export const START_MS = 200;

export const wsstart: CommandHandler = {
  name: '+WSSTART',
  exec: (ctx) => {
    const { state, modem: services } = ctx;
    const ws = state.websocket;
    if (ws.service.status !== 'stopped') return reply(ERROR);
    ws.service = { status: 'starting' };
    for (const l of ws.links) l.subprotocol = '';
    const run = async () => {
      const up = await bringUpServiceContext(state, services, WS_CID, START_MS);
      if (services.instance.state !== state || services.instance.power !== 'on' || ws.service.status !== 'starting') return;
      if (!up.ok || !activeContext(state.packet, WS_CID)) {
        ws.service = { status: 'stopped' };
        services.urc(`+WSSTART: ${WS_ERR.FAILED}`);
        return;
      }
      ws.service = { status: 'started', cid: WS_CID };
      services.urc(`+WSSTART: ${WS_ERR.OK}`);
    };
    return reply(OK, [], [{ type: 'task', run }]);
  },
};

// SIM767XX §23.2.4 AT+WSUNLINK Disconnect from server.
//   AT+WSUNLINK=<link_num>[,<timeout>]
//       OK, then "+WSUNLINK: <link_num>,0" when the closing handshake is done (RFC 6455 §7.1.2:
//       our close frame 1000, the server's close frame back), or "+WSUNLINK: <link_num>,1" when
//       the server sent none within <timeout> seconds (60-180; left out — the manual's "0s, not
//       set" — DEFAULT_UNLINK_TIMEOUT_S, our figure) and the connection was dropped.
//       "+WSUNLINK: <link_num>,1" then ERROR when the link is not connected.
// Of the manual's two success orders ("+WSUNLINK: <n>,0" before or after OK) the example's is
// used: OK first.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { WS_ERR } from '../../websocket/errors.js';
import { linkConnected, unlink } from '../../websocket/links.js';

export const DEFAULT_UNLINK_TIMEOUT_S = 60;

export const wsunlink: CommandHandler = {
  name: '+WSUNLINK',
  write: (ctx) => {
    const { state, modem: services } = ctx;
    const n = Number(ctx.arg('link_num'));
    if (state.websocket.links[n]!.lifecycle.status !== 'connected' || !linkConnected(services, n)) return reply(ERROR, [`+WSUNLINK: ${n},${WS_ERR.FAILED}`]);
    const timeoutMs = ((ctx.arg('timeout') as number | undefined) ?? DEFAULT_UNLINK_TIMEOUT_S) * 1000;
    const run = async () => {
      const err = await unlink(state, services, n, timeoutMs);
      if (services.instance.state === state && services.instance.power === 'on') services.urc(`+WSUNLINK: ${n},${err}`);
    };
    return reply(OK, [], [{ type: 'task', run }]);
  },
};

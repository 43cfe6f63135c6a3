// SIM767XX §23.2.3 AT+WSLINK Connect to websocket server.
//   AT+WSLINK=<link_num>,<server_addr>[,<time_out>]
//       OK, then "+WSLINK: <link_num>,0" once the opening handshake is done, or
//       "+WSLINK: <link_num>,<err>" (§23.3.1; simulator/websocket/links.ts says which) when it
//       failed within <time_out> seconds (60-180, default 120) for the connection and the
//       handshake together.
//       "+WSLINK: <link_num>,<err>" then ERROR when it cannot start: 8 the service is not started
//       (AT+WSSTART), 6 <server_addr> is not a ws:// (or wss://) address, 1 the link is in use.
//   AT+WSLINK?   per link: +WSLINK: <link_num>,<connect_status>[,"<server_addr>",<server_port>,"<server_path>"]
//       with the address part as typed ("121.40.165.18:8800"), for a connected link.
// The manual's <time_out> "not set" default (120 s) applies when it is left out.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { WS_ERR } from '../../websocket/errors.js';
import { connectLink } from '../../websocket/links.js';
import { parseServerAddress } from '../../websocket/url.js';

export const DEFAULT_LINK_TIMEOUT_S = 120;

export const wslink: CommandHandler = {
  name: '+WSLINK',
  read: (ctx) =>
    reply(
      OK,
      ctx.state.websocket.links.map((l, n) => {
        const c = l.lifecycle;
        return c.status === 'connected' ? `+WSLINK: ${n},1,"${c.server.authority}",${c.server.port},"${c.server.path}"` : `+WSLINK: ${n},0`;
      }),
    ),
  write: (ctx) => {
    const { state, modem: services } = ctx;
    const ws = state.websocket;
    const n = Number(ctx.arg('link_num'));
    const refuse = (err: number) => reply(ERROR, [`+WSLINK: ${n},${err}`]);
    if (ws.service.status !== 'started') return refuse(WS_ERR.NETWORK_NOT_OPEN);
    const server = parseServerAddress(String(ctx.arg('server_addr')));
    if (!server) return refuse(WS_ERR.INVALID_PARAMETER);
    const slot = ws.links[n]!;
    if (slot.lifecycle.status !== 'idle') return refuse(WS_ERR.FAILED);
    slot.lifecycle = { status: 'connecting', server };
    const timeoutMs = ((ctx.arg('time_out') as number | undefined) ?? DEFAULT_LINK_TIMEOUT_S) * 1000;
    const cid = ws.service.cid;
    const run = async () => {
      const err = await connectLink(state, services, n, server, cid, timeoutMs);
      if (services.instance.state === state && services.instance.power === 'on') services.urc(`+WSLINK: ${n},${err}`);
    };
    return reply(OK, [], [{ type: 'task', run }]);
  },
};

// SIM767XX §23.2.6 AT+WSSETTINGS Set websocket Parameters value: the Sec-WebSocket-Protocol
// header of a link's opening handshake (RFC 6455 §4.1, §11.3.4).
//   AT+WSSETTINGS=<link_num>,"Sec-WebSocket-Protocol",<subprotocol>
//       +WSSETTINGS: <link_num>,"Sec-WebSocket-Protocol","<subprotocol>" then OK; ERROR before
//       AT+WSSTART ("It must be executed after AT+WSSTART"). <subprotocol>: one or more
//       comma-separated tokens ("Multiple protocols can be specified"), "" for none.
//   AT+WSSETTINGS?   one such line per link ("" while none is set: the manual's NULL)
//   AT+WSSETTINGS=?  the manual's test answer, as printed
// The server must pick one of them: one that picks another is refused (RFC 6455 §4.1, client
// step 6), and so is one that picks none (as the WHATWG WebSocket standard and the `ws` client
// do; RFC 6455 leaves that to the client): +WSLINK: <link_num>,3.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { validSubprotocols } from '../../websocket/links.js';

const line = (n: number, subprotocol: string) => `+WSSETTINGS: ${n},"Sec-WebSocket-Protocol","${subprotocol}"`;

export const wssettings: CommandHandler = {
  name: '+WSSETTINGS',
  // The table has no test answer: the manual's line names <subprotocol> instead of a range.
  test: () => reply(OK, ['+WSSETTINGS: (0-1),"Sec-WebSocket-Protocol",<subprotocol>']),
  read: (ctx) => reply(OK, ctx.state.websocket.links.map((l, n) => line(n, l.subprotocol))),
  write: (ctx) => {
    const ws = ctx.state.websocket;
    const n = Number(ctx.arg('link_num'));
    const subprotocol = String(ctx.arg('subprotocol'));
    if (ws.service.status !== 'started' || !validSubprotocols(subprotocol)) return reply(ERROR);
    ws.links[n]!.subprotocol = subprotocol;
    return reply(OK, [line(n, subprotocol)]);
  },
};

// SIM767XX §23.2.5 AT+WSPUSH Publish a message to server.
//   AT+WSPUSH=<link_num>,<dataLength>,<datatype>
//       "> ", exactly <dataLength> bytes (1-1024), OK, then "+WSPUSH: <link_num>,0,<dataLength>"
//       once the message is written as one frame: a text frame (<datatype> 0) or a binary frame
//       (1) (RFC 6455 §5.6); "+WSPUSH: <link_num>,4" when it cannot be written.
//       "+WSPUSH: <link_num>,1" then ERROR when the link is not connected (before the prompt).
// The prompt waits up to the manual's Max Response Time (120 s) for the bytes; then ERROR.
// A text message is sent as typed: the module does not check it is UTF-8 (a server may close
// with 1007, RFC 6455 §8.1).

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { WS_ERR } from '../../websocket/errors.js';
import { linkConnected, pushMessage } from '../../websocket/links.js';

export const PUSH_TIMEOUT_MS = 120_000;

export const wspush: CommandHandler = {
  name: '+WSPUSH',
  write: (ctx) => {
    const { state, modem: services } = ctx;
    const n = Number(ctx.arg('link_num'));
    const length = Number(ctx.arg('datalength'));
    const binary = ctx.arg('datatype') === 1;
    const connected = () => state.websocket.links[n]!.lifecycle.status === 'connected' && linkConnected(services, n);
    if (!connected()) return reply(ERROR, [`+WSPUSH: ${n},${WS_ERR.FAILED}`]);
    return {
      prompt: {
        end: { kind: 'length', length },
        timeoutMs: PUSH_TIMEOUT_MS,
        onInput: (input) => {
          if (input.kind !== 'data') return reply(ERROR);
          if (!connected()) return reply(ERROR, [`+WSPUSH: ${n},${WS_ERR.FAILED}`]);
          const data = input.data;
          const run = async () => {
            const err = await pushMessage(services, n, data, binary, PUSH_TIMEOUT_MS);
            if (services.instance.state === state && services.instance.power === 'on') services.urc(err === WS_ERR.OK ? `+WSPUSH: ${n},0,${data.length}` : `+WSPUSH: ${n},${err}`);
          };
          return reply(OK, [], [{ type: 'task', run }]);
        },
      },
    };
  },
};

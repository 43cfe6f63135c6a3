// SIM767XX §16.2.5 AT+CMQTTSSLCFG Set the SSL context (only for SSL/TLS MQTT).
//
// AT+CMQTTSSLCFG=<session_id>,<ssl_ctx_index> names the SSL context (0-9, AT+CSSLCFG) client
// 0 or 1 uses to connect to an SSL/TLS server. "It must be called before AT+CMQTTCONNECT and
// after AT+CMQTTSTART": ERROR when the service is not started or the client is connected (or
// connecting). "The setting will be cleared after AT+CMQTTCONNECT failed or AT+CMQTTDISC" (and
// AT+CMQTTREL, with the client's other settings); without it a client connects with the context
// numbered like itself (§16.2.8 note).
// AT+CMQTTSSLCFG? prints "+CMQTTSSLCFG: <session_id>,[<ssl_ctx_index>]" per client: the index
// left empty when none is set (the manual's brackets).

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { intArg, serviceStarted } from './common.js';

export const cmqttsslcfg: CommandHandler = {
  name: '+CMQTTSSLCFG',
  read: (ctx) => {
    if (!serviceStarted(ctx)) return reply(ERROR);
    return reply(
      OK,
      ctx.state.mqtt.clients.map((c, i) => `+CMQTTSSLCFG: ${i},${c.sslContext ?? ''}`),
    );
  },
  write: (ctx) => {
    if (!serviceStarted(ctx)) return reply(ERROR);
    const slot = ctx.state.mqtt.clients[intArg(ctx, 'session_id')!]!;
    if (slot.connection.status !== 'disconnected') return reply(ERROR);
    slot.sslContext = intArg(ctx, 'ssl_ctx_index')!;
    return reply(OK);
  },
};

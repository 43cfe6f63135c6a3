// SIM767XX §16.2.3 AT+CMQTTACCQ Acquire a client, §16.2.4 AT+CMQTTREL Release a client.
//
// AT+CMQTTACCQ=<client_index>,<clientid>[,<server_type>] takes client 0 or 1 with its MQTT
// client identifier (1-128 bytes) and server type (0 TCP, default; 1 SSL/TLS): OK. A client
// already acquired: "+CMQTTACCQ: <client_index>,19" ERROR (19 "client is used"; real A76XX
// modules answer this, per users' code). An empty <clientid>: ERROR. AT+CMQTTACCQ? lists both
// indexes, a free one as <client_index>,"",0 (the manual's example).
//
// AT+CMQTTREL=<client_index> releases it: its settings (AT+CMQTTCFG, AT+CMQTTSSLCFG, will,
// publish message) go with it (§16.2.15 note). "It must be called after AT+CMQTTDISC": while it
// is connected (or connecting), "+CMQTTREL: <client_index>,19" ERROR; not acquired,
// "+CMQTTREL: <client_index>,20" ERROR. AT+CMQTTREL? answers OK, or ERROR when the service is
// not started (the manual's two cases).
// Both need the service started (ERROR otherwise, §16.2.1 note).

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { MQTT_ERR } from '../../mqtt/errors.js';
import { freshClient } from '../../state/mqtt.js';
import { acquiredClient, clientError, intArg, serviceStarted } from './common.js';

export const cmqttaccq: CommandHandler = {
  name: '+CMQTTACCQ',
  read: (ctx) => {
    if (!serviceStarted(ctx)) return reply(ERROR);
    return reply(
      OK,
      ctx.state.mqtt.clients.map((c, i) => `+CMQTTACCQ: ${i},"${c.acquired?.clientId ?? ''}",${c.acquired?.ssl ? 1 : 0}`),
    );
  },
  write: (ctx) => {
    if (!serviceStarted(ctx)) return reply(ERROR);
    const index = intArg(ctx, 'client_index')!;
    const clientId = String(ctx.arg('clientid'));
    if (clientId.length === 0) return reply(ERROR);
    const slot = ctx.state.mqtt.clients[index]!;
    if (slot.acquired) return clientError(ctx, index, MQTT_ERR.CLIENT_USED);
    slot.acquired = { clientId, ssl: intArg(ctx, 'server_type') === 1 };
    ctx.modem.log(`mqtt: client ${index} acquired as "${clientId}"${slot.acquired.ssl ? ' (SSL/TLS)' : ''}`);
    return reply(OK);
  },
};

export const cmqttrel: CommandHandler = {
  name: '+CMQTTREL',
  read: (ctx) => reply(serviceStarted(ctx) ? OK : ERROR),
  write: (ctx) => {
    const index = intArg(ctx, 'client_index')!;
    const found = acquiredClient(ctx, index);
    if ('refusal' in found) return found.refusal;
    if (found.slot.connection.status !== 'disconnected') return clientError(ctx, index, MQTT_ERR.CLIENT_USED);
    ctx.state.mqtt.clients[index] = freshClient();
    ctx.modem.log(`mqtt: client ${index} released`);
    return reply(OK);
  },
};

// SIM767XX §16.2.8 AT+CMQTTCONNECT Connect to MQTT server.
//
// AT+CMQTTCONNECT=<client_index>,<server_addr>,<keepalive_time>,<clean_session>[,<user_name>
// [,<pass_word>]] connects an acquired client: OK at once, then "+CMQTTCONNECT: <client_index>,0"
// when the server's CONNACK accepts, or "+CMQTTCONNECT: <client_index>,<err>" (§16.3) when it
// does not: 27-31 the CONNACK's refusals, 25 DNS error, 3 the socket did not connect, 32/33 the
// TLS handshake or its certificates, 26 the server closed the connection, 17 no CONNACK within
// <optimeout_val> (simulator/mqtt/session.ts). The client sends its AT+CMQTTACCQ identifier,
// the will of AT+CMQTTWILLTOPIC/WILLMSG, <keepalive_time> (the module then pings the server) and
// <clean_session>, as MQTT 3.1 (default) or 3.1.1 (AT+CMQTTCFG "version"). Over TLS when the
// client's <server_type> is 1 (or the address is ssl://, see simulator/mqtt/server-address.ts),
// with the SSL context of AT+CMQTTSSLCFG, which a failed connect clears.
// Refusals before anything is sent: the service not started, or <server_addr> not
// "tcp://host[:port]" of 9-256 bytes, or an empty user name or password: ERROR; the client not
// acquired, "+CMQTTCONNECT: <i>,20" ERROR; already connected, "+CMQTTCONNECT: <i>,19" ERROR (as
// a real A76XX module answers a second connect, per users' notes); connecting or disconnecting,
// "+CMQTTCONNECT: <i>,14" ERROR.
// AT+CMQTTCONNECT? prints, per client, "+CMQTTCONNECT: <i>,<server_addr>,<keepalive_time>,
// <clean_session>[,<user_name>[,<pass_word>]]" while it is connected, else "+CMQTTCONNECT: <i>".

import { reply, type CommandContext, type CommandHandler, type HandlerResult } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { MQTT_ERR } from '../../mqtt/errors.js';
import { parseServerAddress } from '../../mqtt/server-address.js';
import { connect, samePowerCycle, sessionOf } from '../../mqtt/session.js';
import type { ConnectParams, MqttClientSlot } from '../../state/mqtt.js';
import { acquiredClient, clientError, intArg, serviceStarted } from './common.js';

function connectionLine(slot: MqttClientSlot, index: number): string {
  if (slot.connection.status !== 'connected') return `+CMQTTCONNECT: ${index}`;
  const p = slot.connection.params;
  const credentials = p.userName === undefined ? '' : `,"${p.userName}"${p.password === undefined ? '' : `,"${p.password}"`}`;
  return `+CMQTTCONNECT: ${index},"${p.server.text}",${p.keepaliveS},${p.cleanSession}${credentials}`;
}

function write(ctx: CommandContext): HandlerResult {
  const index = intArg(ctx, 'client_index')!;
  if (!serviceStarted(ctx)) return reply(ERROR);
  const server = parseServerAddress(String(ctx.arg('server_addr')));
  const userName = ctx.arg('user_name') as string | undefined;
  const password = ctx.arg('pass_word') as string | undefined;
  if (!server || userName === '' || password === '') return reply(ERROR);
  const found = acquiredClient(ctx, index);
  if ('refusal' in found) return found.refusal;
  const { slot } = found;
  if (slot.connection.status === 'connected') return clientError(ctx, index, MQTT_ERR.CLIENT_USED);
  if (slot.connection.status !== 'disconnected') return clientError(ctx, index, MQTT_ERR.CLIENT_BUSY);
  const params: ConnectParams = {
    server,
    keepaliveS: intArg(ctx, 'keepalive_time')!,
    cleanSession: intArg(ctx, 'clean_session')!,
    ...(userName !== undefined ? { userName } : {}),
    ...(password !== undefined ? { password } : {}),
  };
  slot.connection = { status: 'connecting', params };
  const { state, modem: services } = ctx;
  const finish = (err: number) => {
    if (!samePowerCycle(services, state)) return;
    const current = state.mqtt.clients[index] === slot && slot.connection.status === 'connecting';
    if (!current) {
      // Released meanwhile (the network went: +CMQTTNONET): the connection has no client.
      if (err === MQTT_ERR.OK) sessionOf(services, index)?.abort();
    } else if (err === MQTT_ERR.OK) {
      slot.connection = { status: 'connected', params };
      services.log(`mqtt: client ${index} connected to ${server.host}:${server.port}`);
    } else {
      slot.connection = { status: 'disconnected' };
      slot.sslContext = undefined;
    }
    services.urc(`+CMQTTCONNECT: ${index},${current || err !== MQTT_ERR.OK ? err : MQTT_ERR.NO_CONNECTION}`);
  };
  const run = async () => {
    await connect(state, services, index, params, finish);
  };
  return reply(OK, [], [{ type: 'task', run }]);
}

export const cmqttconnect: CommandHandler = {
  name: '+CMQTTCONNECT',
  read: (ctx) => {
    if (!serviceStarted(ctx)) return reply(ERROR);
    return reply(
      OK,
      ctx.state.mqtt.clients.map((slot, i) => connectionLine(slot, i)),
    );
  },
  write,
};

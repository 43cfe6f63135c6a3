// SIM767XX §16.2.9 AT+CMQTTDISC Disconnect from server.
//
// AT+CMQTTDISC=<client_index>[,<timeout>] ends a connected client's connection: OK, then the
// client sends DISCONNECT (MQTT 3.1.1 §3.14: the server drops the will), the socket closes, and
// "+CMQTTDISC: <client_index>,0" (case 2, the manual's example). What does not finish within
// <timeout> seconds (60-180; 0, the default, "not set": the client's <optimeout_val>) is cut
// and reported as 35 "Disconnect from server failed". The SSL context of AT+CMQTTSSLCFG is
// cleared, as are the client's subscriptions; the client stays acquired.
// Refusals: the service not started, ERROR; the client not acquired, "+CMQTTDISC: <i>,20"
// ERROR; not connected, "+CMQTTDISC: <i>,11" ERROR (case 5); a connect or disconnect under way,
// "+CMQTTDISC: <i>,14" ERROR.
// AT+CMQTTDISC? prints "+CMQTTDISC: <i>,<disc_state>" per client: 0 connected, 1 not.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { disconnect, samePowerCycle } from '../../mqtt/session.js';
import { connectedClient, intArg, serviceStarted } from './common.js';

export const cmqttdisc: CommandHandler = {
  name: '+CMQTTDISC',
  read: (ctx) => {
    if (!serviceStarted(ctx)) return reply(ERROR);
    return reply(
      OK,
      ctx.state.mqtt.clients.map((c, i) => `+CMQTTDISC: ${i},${c.connection.status === 'connected' ? 0 : 1}`),
    );
  },
  write: (ctx) => {
    const index = intArg(ctx, 'client_index')!;
    const found = connectedClient(ctx, index);
    if ('refusal' in found) return found.refusal;
    const { slot, session } = found;
    const timeout = intArg(ctx, 'timeout') ?? 0;
    const timeoutMs = (timeout === 0 ? slot.config.opTimeoutS : timeout) * 1000;
    if (slot.connection.status !== 'connected') return reply(ERROR);
    slot.connection = { status: 'disconnecting', params: slot.connection.params };
    const { state, modem: services } = ctx;
    const finish = (err: number) => {
      if (!samePowerCycle(services, state)) return;
      if (slot.connection.status === 'disconnecting') slot.connection = { status: 'disconnected' };
      slot.subscriptions = [];
      slot.sslContext = undefined;
      services.log(`mqtt: client ${index} disconnected`);
      services.urc(`+CMQTTDISC: ${index},${err}`);
    };
    const run = async () => {
      await disconnect(services, session, timeoutMs, finish);
    };
    return reply(OK, [], [{ type: 'task', run }]);
  },
};

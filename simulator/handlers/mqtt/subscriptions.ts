// SIM767XX §16.2.13 AT+CMQTTSUB Subscribe a message to server, §16.2.14 AT+CMQTTUNSUB
// Unsubscribe a message to server.
//
// AT+CMQTTSUB=<client_index>,<reqLength>,<qos>[,<dup>] prompts with ">" for exactly <reqLength>
// bytes (1-1024): one topic filter (wildcards + and # allowed), subscribed at <qos>; OK, then
// "+CMQTTSUB: <client_index>,0" when the server's SUBACK grants it, or "+CMQTTSUB:
// <client_index>,<err>": 1 the SUBACK refuses it (return code 0x80) or the filter is not valid,
// 17 no SUBACK within <optimeout_val>, 26/11 the connection went. Messages published to it are
// then reported with +CMQTTRXSTART... (§16.4, simulator/mqtt/receive.ts).
// AT+CMQTTUNSUB=<client_index>,<reqLength>,<dup> does the same for UNSUBSCRIBE and its UNSUBACK.
// <dup> is accepted as the manual gives it; MQTT 3.1.1 fixes the SUBSCRIBE/UNSUBSCRIBE header
// flags (§3.8.1: bits 0010), so no DUP flag is sent.
// AT+CMQTTSUB? lists the topic filters subscribed (both clients, client 0's first), one
// "+CMQTTSUB: <topic>" line each, the topic quoted as strings are in this chapter's answers;
// none: OK alone (the manual's "[<topic>]").
// Refusals (common.ts): the service not started, ERROR; not acquired, 20; not connected, 11;
// busy, 14; a filter not UTF-8 under <checkUTF8_flag> 1, 2 — each "+CMQTT...: <i>,<err>" ERROR.

import { reply, type CommandContext, type CommandHandler, type HandlerResult } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { MQTT_ERR } from '../../mqtt/errors.js';
import { samePowerCycle, sessionOf, subscribe, topicText, unsubscribe, type Done } from '../../mqtt/session.js';
import { clientError, connectedClient, intArg, promptInput, serviceStarted } from './common.js';

function filterInput(ctx: CommandContext, act: (filter: string, report: Done) => Promise<number>, done: (filter: string) => void): HandlerResult {
  const index = intArg(ctx, 'client_index')!;
  const found = connectedClient(ctx, index);
  if ('refusal' in found) return found.refusal;
  const { slot } = found;
  const { state, modem: services } = ctx;
  return promptInput(ctx, index, slot, intArg(ctx, 'reqlength')!, (data) => {
    // The connection may have gone while the filter was typed.
    if (slot.connection.status !== 'connected' || !sessionOf(services, index)) return clientError(ctx, index, MQTT_ERR.NO_CONNECTION);
    const filter = topicText(data);
    const run = async () => {
      await act(filter, (err) => {
        if (!samePowerCycle(services, state)) return;
        if (err === MQTT_ERR.OK) done(filter);
        services.urc(`${ctx.name}: ${index},${err}`);
      });
    };
    return reply(OK, [], [{ type: 'task', run }]);
  });
}

export const cmqttsub: CommandHandler = {
  name: '+CMQTTSUB',
  read: (ctx) => {
    if (!serviceStarted(ctx)) return reply(ERROR);
    return reply(
      OK,
      ctx.state.mqtt.clients.flatMap((c) => c.subscriptions.map((t) => `+CMQTTSUB: "${Buffer.from(t, 'utf8').toString('latin1')}"`)),
    );
  },
  write: (ctx) => {
    const index = intArg(ctx, 'client_index')!;
    const timeoutMs = ctx.state.mqtt.clients[index]!.config.opTimeoutS * 1000;
    const qos = intArg(ctx, 'qos') as 0 | 1 | 2;
    return filterInput(
      ctx,
      (filter, report) => {
        const session = sessionOf(ctx.modem, index);
        if (session) return subscribe(ctx.modem, session, filter, qos, timeoutMs, report);
        report(MQTT_ERR.NO_CONNECTION);
        return Promise.resolve(MQTT_ERR.NO_CONNECTION);
      },
      (filter) => {
        const subs = ctx.state.mqtt.clients[index]!.subscriptions;
        if (!subs.includes(filter)) subs.push(filter);
      },
    );
  },
};

export const cmqttunsub: CommandHandler = {
  name: '+CMQTTUNSUB',
  write: (ctx) => {
    const index = intArg(ctx, 'client_index')!;
    const timeoutMs = ctx.state.mqtt.clients[index]!.config.opTimeoutS * 1000;
    return filterInput(
      ctx,
      (filter, report) => {
        const session = sessionOf(ctx.modem, index);
        if (session) return unsubscribe(ctx.modem, session, filter, timeoutMs, report);
        report(MQTT_ERR.NO_CONNECTION);
        return Promise.resolve(MQTT_ERR.NO_CONNECTION);
      },
      (filter) => {
        const slot = ctx.state.mqtt.clients[index]!;
        slot.subscriptions = slot.subscriptions.filter((t) => t !== filter);
      },
    );
  },
};

// SIM767XX §16.2.12 AT+CMQTTPUB Publish a message to server.
//
// AT+CMQTTPUB=<client_index>,<qos>,<pub_timeout>[,<retained>[,<dup>]] publishes the topic of
// AT+CMQTTTOPIC with the message of AT+CMQTTPAYLOAD (none typed: an empty message, which MQTT
// allows) and clears both: OK, then "+CMQTTPUB: <client_index>,0" once the publish is done —
// QoS 0 written to the server, QoS 1 its PUBACK, QoS 2 its PUBCOMP (after PUBREC/PUBREL) — or
// "+CMQTTPUB: <client_index>,<err>": 17 no answer within <pub_timeout> seconds (60-180), 26 the
// server closed the connection meanwhile, 11 the connection went otherwise, 1 the publish failed
// (a topic with a wildcard, which MQTT forbids in PUBLISH). <retained> and <dup> (default 0) are
// the PUBLISH's RETAIN and DUP flags.
// Refusals (common.ts): the service not started, ERROR; not acquired, 20; not connected, 11;
// busy, 14 — each "+CMQTTPUB: <i>,<err>" ERROR; no topic typed, "+CMQTTPUB: <i>,18" ERROR
// (18 "topic is empty").

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { MQTT_ERR } from '../../mqtt/errors.js';
import { publish, samePowerCycle } from '../../mqtt/session.js';
import { clientError, connectedClient, intArg } from './common.js';

export const cmqttpub: CommandHandler = {
  name: '+CMQTTPUB',
  write: (ctx) => {
    const index = intArg(ctx, 'client_index')!;
    const found = connectedClient(ctx, index);
    if ('refusal' in found) return found.refusal;
    const { slot, session } = found;
    const topic = slot.topic;
    if (!topic) return clientError(ctx, index, MQTT_ERR.TOPIC_EMPTY);
    const payload = slot.payload ?? Buffer.alloc(0);
    slot.topic = undefined;
    slot.payload = undefined;
    const qos = intArg(ctx, 'qos') as 0 | 1 | 2;
    const options = { qos, retain: intArg(ctx, 'ratained') === 1, dup: intArg(ctx, 'dup') === 1, timeoutMs: intArg(ctx, 'pub_timeout')! * 1000 };
    const { state, modem: services } = ctx;
    const run = async () => {
      await publish(services, session, topic, payload, options, (err) => {
        if (samePowerCycle(services, state)) services.urc(`+CMQTTPUB: ${index},${err}`);
      });
    };
    return reply(OK, [], [{ type: 'task', run }]);
  },
};

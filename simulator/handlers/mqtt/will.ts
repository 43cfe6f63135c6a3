// SIM767XX §16.2.6 AT+CMQTTWILLTOPIC Input the topic of will message, §16.2.7 AT+CMQTTWILLMSG
// Input the will message.
//
// AT+CMQTTWILLTOPIC=<client_index>,<req_length> and AT+CMQTTWILLMSG=<client_index>,<req_length>,
// <qos> prompt with ">" for exactly <req_length> bytes (1-1024) — the will topic, the will
// message — then OK. The next AT+CMQTTCONNECT of the client sends them as its will (MQTT 3.1.1
// §3.1.2.5: the server publishes it when the client goes without DISCONNECT), at <qos>, not
// retained. A will needs both: with only one of them set the client connects without a will
// (our reading; the manual does not say). They are kept until AT+CMQTTREL.
// Refusals: the service not started, ERROR; the client not acquired, "+CMQTT...: <i>,20" ERROR;
// input that is not UTF-8 while <checkUTF8_flag> is 1, "+CMQTT...: <i>,2" ERROR (common.ts).

import { reply, type CommandContext, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import type { MqttClientSlot } from '../../state/mqtt.js';
import { acquiredClient, intArg, promptInput } from './common.js';

function willInput(ctx: CommandContext, store: (slot: MqttClientSlot, data: Buffer) => void) {
  const index = intArg(ctx, 'client_index')!;
  const found = acquiredClient(ctx, index);
  if ('refusal' in found) return found.refusal;
  return promptInput(ctx, index, found.slot, intArg(ctx, 'req_length')!, (data) => {
    store(found.slot, data);
    return reply(OK);
  });
}

export const cmqttwilltopic: CommandHandler = {
  name: '+CMQTTWILLTOPIC',
  write: (ctx) =>
    willInput(ctx, (slot, data) => {
      slot.will.topic = data;
    }),
};

export const cmqttwillmsg: CommandHandler = {
  name: '+CMQTTWILLMSG',
  write: (ctx) =>
    willInput(ctx, (slot, data) => {
      slot.will.message = data;
      slot.will.qos = intArg(ctx, 'qos')!;
    }),
};

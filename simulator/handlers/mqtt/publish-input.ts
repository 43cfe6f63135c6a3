// SIM767XX §16.2.10 AT+CMQTTTOPIC Input the topic of publish message, §16.2.11 AT+CMQTTPAYLOAD
// Input the publish message.
//
// AT+CMQTTTOPIC=<client_index>,<req_length> (1-1024) and AT+CMQTTPAYLOAD=<client_index>,
// <req_length> (1-4096) prompt with ">" for exactly <req_length> bytes, then OK: the topic and
// the message AT+CMQTTPUB publishes next, which clears both ("The topic and payload will be clean
// after execute AT+CMQTTPUB"). Typing either again replaces it.
// Refusals (common.ts): the service not started, ERROR; not acquired, "+CMQTT...: <i>,20"
// ERROR; not connected, "+CMQTT...: <i>,11" ERROR (what real modules answer, "+CMQTTTOPIC: 0,11"
// in users' code); connecting or disconnecting, 14; input not UTF-8 under <checkUTF8_flag> 1,
// "+CMQTT...: <i>,2" ERROR.

import { reply, type CommandContext, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import type { MqttClientSlot } from '../../state/mqtt.js';
import { connectedClient, intArg, promptInput } from './common.js';

function input(ctx: CommandContext, store: (slot: MqttClientSlot, data: Buffer) => void) {
  const index = intArg(ctx, 'client_index')!;
  const found = connectedClient(ctx, index);
  if ('refusal' in found) return found.refusal;
  return promptInput(ctx, index, found.slot, intArg(ctx, 'req_length')!, (data) => {
    store(found.slot, data);
    return reply(OK);
  });
}

export const cmqtttopic: CommandHandler = {
  name: '+CMQTTTOPIC',
  write: (ctx) =>
    input(ctx, (slot, data) => {
      slot.topic = data;
    }),
};

export const cmqttpayload: CommandHandler = {
  name: '+CMQTTPAYLOAD',
  write: (ctx) =>
    input(ctx, (slot, data) => {
      slot.payload = data;
    }),
};

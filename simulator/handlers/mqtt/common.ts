// What the commands of chapter 16 share: the checks every client command makes, in the order the
// manual's answers give them, and the `>` input of topics and messages.
//
//   - the service not started: ERROR ("If you don't execute AT+CMQTTSTART, the Write/Read
//     Command of any other MQTT will return ERROR immediately", §16.2.1 note);
//   - the client not acquired: "+CMQTT<cmd>: <client_index>,20" ERROR (20 "client not acquired");
//   - for what needs the server: a connect or disconnect under way, 14 "client is busy"; no
//     connection, 11 "no connection" — as real modules answer AT+CMQTTTOPIC without a connection
//     ("+CMQTTTOPIC: 0,11", seen in users' code for the SIM7600 family);
//   - input typed at `>` is exactly <req_length> bytes (binary: CR, LF, Ctrl-Z are data), within
//     the client's <optimeout_val>; with <checkUTF8_flag> 1 it must be UTF-8, else
//     "+CMQTT<cmd>: <client_index>,2" ERROR (2 "bad UTF-8 string").

import { reply, type CommandContext, type HandlerResult, type PromptReply, type Reply } from '../../core/handler.js';
import { ERROR } from '../../core/result.js';
import { MQTT_ERR } from '../../mqtt/errors.js';
import { passesUtf8Check, sessionOf, type MqttSession } from '../../mqtt/session.js';
import type { MqttClientSlot } from '../../state/mqtt.js';

/** "+CMQTT<cmd>: <client_index>,<err>" and ERROR. */
export function clientError(ctx: CommandContext, index: number, err: number): Reply {
  return reply(ERROR, [`${ctx.name}: ${index},${err}`]);
}

export function serviceStarted(ctx: CommandContext): boolean {
  return ctx.state.mqtt.service.status === 'started';
}

/** The client's slot if the service is started and the client acquired; else the refusal. */
export function acquiredClient(ctx: CommandContext, index: number): { slot: MqttClientSlot } | { refusal: Reply } {
  if (!serviceStarted(ctx)) return { refusal: reply(ERROR) };
  const slot = ctx.state.mqtt.clients[index]!;
  if (!slot.acquired) return { refusal: clientError(ctx, index, MQTT_ERR.CLIENT_NOT_ACQUIRED) };
  return { slot };
}

/** The client's slot and session if it is connected; else the refusal. */
export function connectedClient(ctx: CommandContext, index: number): { slot: MqttClientSlot; session: MqttSession } | { refusal: Reply } {
  const found = acquiredClient(ctx, index);
  if ('refusal' in found) return found;
  const { slot } = found;
  const status = slot.connection.status;
  if (status === 'connecting' || status === 'disconnecting') return { refusal: clientError(ctx, index, MQTT_ERR.CLIENT_BUSY) };
  const session = sessionOf(ctx.modem, index);
  if (status !== 'connected' || !session) return { refusal: clientError(ctx, index, MQTT_ERR.NO_CONNECTION) };
  return { slot, session };
}

/**
 * The `>` prompt for `length` bytes of a topic or message of client `index`; `use` gets the bytes
 * once they passed the UTF-8 check. An input that does not complete in time answers ERROR.
 */
export function promptInput(ctx: CommandContext, index: number, slot: MqttClientSlot, length: number, use: (data: Buffer) => HandlerResult | Promise<HandlerResult>): PromptReply {
  return {
    prompt: {
      end: { kind: 'length', length },
      timeoutMs: slot.config.opTimeoutS * 1000,
      onInput: (input) => {
        if (input.kind !== 'data') return reply(ERROR);
        if (!passesUtf8Check(slot, input.data)) return clientError(ctx, index, MQTT_ERR.BAD_UTF8);
        return use(input.data);
      },
    },
  };
}

/** The checked value of integer slot `name`. */
export function intArg(ctx: CommandContext, name: string): number | undefined {
  const v = ctx.arg(name);
  return v === undefined ? undefined : Number(v);
}

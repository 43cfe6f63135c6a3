// What the TE typed after the `> ` prompt of +CMGS/+CMGW/+CMGSEX (27.005 §3.5.1): text mode
// bodies are the bytes as typed (a CR starts a new line of the message and brings the prompt
// again); PDU mode bodies are hex digits. Ctrl-Z ends the input, ESC cancels ("OK", nothing
// sent or stored), more than the limit is refused with the parameter error of the mode.

import type { PromptInput, PromptRequest } from '../core/handler.js';

/** Longest body accepted before Ctrl-Z: 70 UCS2 characters as hex plus line breaks fit easily. */
export const TEXT_INPUT_LIMIT = 1024;
/** 11-octet SC address + 164-octet TPDU, as hex. */
export const PDU_INPUT_LIMIT = 2 * (12 + 164);

export function bodyPrompt(textMode: boolean, onInput: PromptRequest['onInput']): PromptRequest {
  return textMode
    ? { end: { kind: 'ctrl-z', maxLength: TEXT_INPUT_LIMIT }, repromptOnCr: true, onInput }
    : { end: { kind: 'ctrl-z', maxLength: PDU_INPUT_LIMIT }, onInput };
}

export type PromptBody = { kind: 'body'; text: string } | { kind: 'cancelled' } | { kind: 'refused'; reason: string };

export function promptBody(input: PromptInput): PromptBody {
  switch (input.kind) {
    case 'data':
      return { kind: 'body', text: input.data.toString('latin1') };
    case 'cancelled':
      return { kind: 'cancelled' };
    case 'overflow':
      return { kind: 'refused', reason: 'input longer than the module accepts' };
    case 'timeout':
      return { kind: 'refused', reason: 'no Ctrl-Z in time' };
  }
}

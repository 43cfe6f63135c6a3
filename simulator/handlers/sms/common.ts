// Shared helpers of the chapter 7 handlers: the SMS view of a command context, argument
// parsing for the commands that check their own arguments (argumentCheck 'own': slots that
// differ between text and PDU mode, memories from the profile, repeated indexes), and the
// parameter-error answers of 27.005 §3.2.5: +CMS ERROR: 304 in PDU mode, 305 in text mode.
// Plain ERROR stays for syntax the line parser cannot split.

import { reply, type CommandContext, type Effect, type FormHandler, type HandlerResult, type PromptReply } from '../../core/handler.js';
import { cms, CMS, ERROR, OK, type Final } from '../../core/result.js';
import { splitArguments, type ArgToken } from '../../spec/arguments.js';
import { bodyPrompt, promptBody } from '../../sms/prompt-input.js';
import { smsProfile, type SmsProfile } from '../../sms/profile.js';
import { smsSimError } from '../../sms/sim-errors.js';
import { smsLink } from '../../sms/network.js';
import { MessageStorage } from '../../sms/storage.js';
import { teCharset, fromTe, type TeCharset } from '../../sms/te-charset.js';
import type { FormatOptions } from '../../sms/text-format.js';
import type { SmsState } from '../../state/sms.js';

export interface SmsContext {
  sms: SmsState;
  profile: SmsProfile;
  storage: MessageStorage;
  charset: TeCharset;
}

export function smsOf(ctx: CommandContext): SmsContext {
  const profile = smsProfile(ctx.modem.profile);
  return { sms: ctx.state.sms, profile, storage: new MessageStorage(ctx.state.sms, profile), charset: teCharset(ctx.state.v250.charset) };
}

export function formatOptions(ctx: CommandContext, alpha: 'listing' | 'cmt' = 'listing'): FormatOptions {
  const { sms, profile, charset } = smsOf(ctx);
  return { charset, showHeader: sms.showHeader, alpha: alpha === 'listing' ? profile.alphaInListings : profile.alphaInCmt };
}

/**
 * A form that needs a usable SIM (the messages and the SMS settings are on it): a SIM problem
 * answers +CMS ERROR 310-318 (27.005 §3.2.5) before the form runs.
 */
export function needsSim(form: FormHandler): FormHandler {
  return (ctx) => {
    const sim = smsSimError(ctx.state.sim);
    return sim ? reply(sim) : form(ctx);
  };
}

/** The location <index> of <mem1> (+CMGR, +CMGRD, +CMGMT), or +CMS ERROR: 321 when it is outside the memory. */
export function messageLocation(ctx: CommandContext): { memory: string; index: number } | Final {
  const index = ctx.arg('index') as number;
  const memory = ctx.state.sms.mem[0];
  return smsOf(ctx).storage.validIndex(memory, index) ? { memory, index } : cms(CMS.INVALID_MEMORY_INDEX);
}

/**
 * The `> ` prompt of +CMGS, +CMGW and +CMGSEX: ESC answers OK with nothing sent or stored; input
 * beyond the limit, or too late, the mode's parameter error; a body goes to `onBody`.
 */
export function messagePrompt(ctx: CommandContext, textMode: boolean, onBody: (text: string) => HandlerResult | Promise<HandlerResult>): PromptReply {
  return {
    prompt: bodyPrompt(textMode, (input) => {
      const body = promptBody(input);
      if (body.kind === 'cancelled') return reply(OK);
      if (body.kind === 'refused') return reply(paramError(ctx));
      return onBody(body.text);
    }),
  };
}

/** The parameter-error final code for the current message format. */
export function paramError(ctx: CommandContext): Final {
  return cms(ctx.state.sms.textMode ? CMS.INVALID_TEXT_PARAMETER : CMS.INVALID_PDU_PARAMETER);
}

export type Tokens = Array<ArgToken | undefined>;

/** Tokens of the argument text, or ERROR when it cannot be split. */
export function tokens(ctx: CommandContext): Tokens | Final {
  const split = splitArguments(ctx.argText);
  return split.ok ? split.tokens : ERROR;
}

/** A form that reads its own arguments (argumentCheck 'own'): it gets their tokens; a line that cannot be split is ERROR. */
export function withTokens(form: (ctx: CommandContext, t: Tokens) => HandlerResult | Promise<HandlerResult>): FormHandler {
  return (ctx) => {
    const t = tokens(ctx);
    return isFinal(t) ? reply(t) : form(ctx, t);
  };
}

export function isFinal(v: unknown): v is Final {
  return typeof v === 'object' && v !== null && 'kind' in v && !Array.isArray(v);
}

/** An unquoted integer token within [min, max], or undefined. */
export function intToken(t: ArgToken | undefined, min: number, max: number): number | undefined {
  if (!t || t.quoted || !/^\d+$/.test(t.text)) return undefined;
  const n = Number(t.text);
  return n >= min && n <= max ? n : undefined;
}

/** A quoted string token converted from the TE character set, or undefined. */
export function teStringToken(t: ArgToken | undefined, charset: TeCharset): string | undefined {
  if (!t || !t.quoted) return undefined;
  return fromTe(t.text, charset);
}

export { CMS, cms };

/**
 * After a deletion (+CMGD, +CMGRD): if the network was told the memory was exceeded and the
 * receive memory <mem3> has room again, tell it the memory is available (24.011 SMMA), so it
 * delivers what it held back.
 */
export function memoryFreedEffects(ctx: CommandContext): Effect[] {
  const { sms, storage } = smsOf(ctx);
  if (!sms.memoryExceeded || storage.isFull(sms.mem[2])) return [];
  sms.memoryExceeded = false;
  const modem = ctx.modem.instance;
  return [{ type: 'task', run: async () => smsLink(modem).network.memoryAvailable(modem) }];
}

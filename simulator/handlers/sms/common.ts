// Shared helpers of the chapter 7 handlers: the SMS view of a command context, argument
// parsing for commands whose parameters differ between text and PDU mode (argumentCheck
// 'own'), and the parameter-error answers of 27.005 §3.2.5: +CMS ERROR: 304 in PDU mode, 305
// in text mode. Plain ERROR stays for syntax the line parser cannot split.

import type { CommandContext } from '../../core/handler.js';
import { cms, CMS, ERROR, type Final } from '../../core/result.js';
import { splitArguments, type ArgToken } from '../../spec/arguments.js';
import { smsProfile, type SmsProfile } from '../../sms/profile.js';
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

// Argument text → typed values, checked against the command table before any handler runs
// (manual §1.4: `[...]` optional, values from "Defined Values"; V.250 §5.4.2.1: parameters
// separated by commas, strings in double quotes, empty value = omitted).
//
// A check failure is a syntax/parameter error: the engine answers plain `ERROR` (27.007 §9.1),
// unless the command's table record says otherwise.

import type { ArgSlot, CommandSpec, FormKind, ParamSpec } from './types.js';

export interface ArgToken {
  /** The text as typed, trimmed. */
  raw: string;
  quoted: boolean;
  /** Content: without the quotes for strings. */
  text: string;
  /**
   * `{non-ascii}"<hex>"`: SIMCom's marker for a file name given as the hex of its UTF-8 bytes
   * (manual §11.2.1, §22.2.9). The token is then quoted with `text` the hex digits.
   */
  nonAscii?: boolean;
}

const NON_ASCII_PREFIX = '{non-ascii}';

/** A parameter value after checking: numbers for integer parameters, text otherwise. */
export type ArgValue = number | string | undefined;

export type SplitResult = { ok: true; tokens: Array<ArgToken | undefined> } | { ok: false; reason: string };

/**
 * Splits `a,"b,c",,(1,2)` into tokens; an empty slot is undefined. Quotes and parentheses
 * protect commas. A string must close its quote and nothing but spaces may follow it.
 */
export function splitArguments(argText: string): SplitResult {
  if (argText.trim() === '') return { ok: true, tokens: [] };
  const parts: string[] = [];
  let depth = 0;
  let inQuotes = false;
  let start = 0;
  for (let i = 0; i < argText.length; i++) {
    const c = argText[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c === '(') depth++;
    else if (!inQuotes && c === ')') depth = Math.max(0, depth - 1);
    else if (!inQuotes && depth === 0 && c === ',') {
      parts.push(argText.slice(start, i));
      start = i + 1;
    }
  }
  if (inQuotes) return { ok: false, reason: 'unterminated string' };
  parts.push(argText.slice(start));
  const tokens: Array<ArgToken | undefined> = [];
  for (const part of parts) {
    const raw = part.trim();
    if (raw === '') {
      tokens.push(undefined);
      continue;
    }
    const nonAscii = raw.toLowerCase().startsWith(NON_ASCII_PREFIX);
    const body = nonAscii ? raw.slice(NON_ASCII_PREFIX.length) : raw;
    if (body.startsWith('"')) {
      if (body.length < 2 || !body.endsWith('"') || body.slice(1, -1).includes('"')) {
        return { ok: false, reason: `malformed string ${raw}` };
      }
      const text = body.slice(1, -1);
      if (nonAscii && !/^([0-9A-Fa-f]{2})+$/.test(text)) return { ok: false, reason: `${NON_ASCII_PREFIX} needs hex bytes: ${raw}` };
      tokens.push(nonAscii ? { raw, quoted: true, text, nonAscii } : { raw, quoted: true, text });
    } else if (nonAscii) {
      return { ok: false, reason: `${NON_ASCII_PREFIX} must be followed by a quoted string: ${raw}` };
    } else {
      if (raw.includes('"')) return { ok: false, reason: `stray quote in ${raw}` };
      tokens.push({ raw, quoted: false, text: raw });
    }
  }
  return { ok: true, tokens };
}

export type CheckResult = { ok: true; values: ArgValue[] } | { ok: false; reason: string };

const INTEGER = /^[+-]?\d+$/;
const HEX = /^[0-9A-Fa-f]*$/;

function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}

function checkInteger(param: ParamSpec, token: ArgToken): CheckResult | number {
  if (token.quoted || !INTEGER.test(token.text)) return { ok: false, reason: `<${param.name}> must be an integer` };
  const n = Number(token.text);
  const enumerated = (param.values ?? []).filter((v) => INTEGER.test(v.value)).map((v) => Number(v.value));
  const ranges = param.ranges ?? [];
  if (enumerated.length === 0 && ranges.length === 0) return n;
  if (enumerated.includes(n) || ranges.some((r) => n >= r.min && n <= r.max)) return n;
  return { ok: false, reason: `<${param.name}> out of range: ${n}` };
}

function checkString(param: ParamSpec, token: ArgToken): CheckResult | string {
  if (!token.quoted) return { ok: false, reason: `<${param.name}> must be a quoted string` };
  if (param.maxLength !== undefined && token.text.length > param.maxLength) {
    return { ok: false, reason: `<${param.name}> longer than ${param.maxLength}` };
  }
  const enumerated = (param.values ?? []).map((v) => unquote(v.value));
  if (enumerated.length === 0) return token.text;
  const match = enumerated.find((v) => v.toUpperCase() === token.text.toUpperCase());
  if (match === undefined) return { ok: false, reason: `<${param.name}> not one of ${enumerated.join('|')}` };
  return match;
}

/**
 * The text a `{non-ascii}"<hex>"` token stands for: the bytes its hex gives (manual §11.2.1,
 * §22.2.9: a file name whose characters are not ASCII is written as the hex of its UTF-8 bytes),
 * as the command line carries bytes — one character per byte (latin1), exactly as if they had
 * been typed. A handler that wants the characters decodes them as UTF-8 (file names:
 * simulator/fs/line-text.ts).
 */
export function decodeNonAscii(hex: string): string {
  return Buffer.from(hex, 'hex').toString('latin1');
}

/**
 * Checks one token against its parameter's definition. A `{non-ascii}` token is checked (and
 * returned) as the bytes its hex stands for, so a handler sees the name, not its hex, and a
 * length limit counts its bytes.
 */
export function checkValue(param: ParamSpec | undefined, raw: ArgToken): CheckResult | number | string {
  const token = raw.nonAscii ? { ...raw, text: decodeNonAscii(raw.text) } : raw;
  if (!param) return token.quoted ? token.text : INTEGER.test(token.text) ? Number(token.text) : token.text;
  switch (param.type) {
    case 'integer':
      return checkInteger(param, token);
    case 'string':
      return checkString(param, token);
    case 'text':
      if (param.maxLength !== undefined && token.text.length > param.maxLength) {
        return { ok: false, reason: `<${param.name}> longer than ${param.maxLength}` };
      }
      return token.text;
    case 'hex':
      if (!HEX.test(token.text)) return { ok: false, reason: `<${param.name}> must be hex digits` };
      return token.text;
    case 'unknown':
      return token.quoted ? token.text : INTEGER.test(token.text) ? Number(token.text) : token.text;
  }
}

/**
 * The slot lists a form accepts, one per distinct syntax line: basic commands keep them on
 * whichever form the manual used.
 */
export function slotListsFor(spec: CommandSpec, form: FormKind): ArgSlot[][] {
  let f = spec.forms[form];
  if (spec.syntaxKind === 'basic' && !f?.args.length) f = spec.forms.write?.args.length ? spec.forms.write : spec.forms.exec;
  if (!f) return [[]];
  return f.alternatives?.length ? f.alternatives : [f.args];
}

export type MatchResult = { ok: true; values: ArgValue[]; slots: ArgSlot[] } | { ok: false; reason: string };

/**
 * Checks tokens against each slot list in turn and returns the first that fits, with the
 * slots it matched (so handlers can tell `<da>` from `<length>`), or the first list's reason.
 */
export function matchArguments(spec: CommandSpec, lists: readonly ArgSlot[][], tokens: ReadonlyArray<ArgToken | undefined>): MatchResult {
  let first: string | undefined;
  for (const slots of lists) {
    const r = checkArguments(spec, slots, tokens);
    if (r.ok) return { ok: true, values: r.values, slots };
    first ??= r.reason;
  }
  return { ok: false, reason: first ?? 'no syntax' };
}

/**
 * Checks tokens against the slots of a form: no more values than slots, every required slot
 * given, each value valid for its parameter.
 */
export function checkArguments(spec: CommandSpec, slots: readonly ArgSlot[], tokens: ReadonlyArray<ArgToken | undefined>): CheckResult {
  if (tokens.length > slots.length) return { ok: false, reason: `too many parameters (${tokens.length} > ${slots.length})` };
  const values: ArgValue[] = [];
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    const token = tokens[i];
    if (token === undefined) {
      if (!slot.optional) return { ok: false, reason: `<${slot.name}> missing` };
      values.push(undefined);
      continue;
    }
    if (slot.literal !== undefined) {
      const literal = slot.literal.replace(/^"(.*)"$/, '$1');
      if (token.text.toUpperCase() !== literal.toUpperCase() || token.quoted !== slot.literal.startsWith('"')) {
        return { ok: false, reason: `expected ${slot.literal} in position ${i + 1}` };
      }
      values.push(token.text);
      continue;
    }
    const param = spec.params.find((p) => p.name === slot.name);
    const checked = checkValue(param, token);
    if (typeof checked === 'object') return checked;
    values.push(checked);
  }
  return { ok: true, values };
}

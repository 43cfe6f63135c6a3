// Argument parsing for the network and packet-domain handlers that check their own arguments
// (`argumentCheck: 'own'`): where the generated table's record is wrong for the command (the
// <cid> range "1…15" read as the single value 115, OCR-garbled slot names, a missing slot), the
// handler states the manual's rules here instead. Same tokenizer as the engine (V.250 §5.4.2.1:
// commas, quoted strings, empty = omitted), so only the value rules differ.

import { splitArguments, type ArgToken } from '../../spec/arguments.js';

export type ArgRule =
  | { name: string; kind: 'int'; optional?: boolean; min?: number; max?: number; values?: readonly number[] }
  | { name: string; kind: 'string'; optional?: boolean; maxLength?: number; values?: readonly string[] }
  /** Integer or string as typed (hex masks and the like): the handler checks it. */
  | { name: string; kind: 'raw'; optional?: boolean };

export type ParsedArgs = { ok: true; values: Array<number | string | undefined> } | { ok: false; reason: string };

const INTEGER = /^[+-]?\d+$/;

function checkOne(rule: ArgRule, token: ArgToken): number | string | { reason: string } {
  switch (rule.kind) {
    case 'int': {
      if (token.quoted || !INTEGER.test(token.text)) return { reason: `<${rule.name}> must be an integer` };
      const n = Number(token.text);
      if (rule.values && !rule.values.includes(n)) return { reason: `<${rule.name}> not one of ${rule.values.join(',')}` };
      if ((rule.min !== undefined && n < rule.min) || (rule.max !== undefined && n > rule.max)) return { reason: `<${rule.name}> out of range: ${n}` };
      return n;
    }
    case 'string': {
      if (!token.quoted) return { reason: `<${rule.name}> must be a quoted string` };
      if (rule.maxLength !== undefined && token.text.length > rule.maxLength) return { reason: `<${rule.name}> longer than ${rule.maxLength}` };
      if (rule.values) {
        const match = rule.values.find((v) => v.toUpperCase() === token.text.toUpperCase());
        if (match === undefined) return { reason: `<${rule.name}> not one of ${rule.values.join('|')}` };
        return match;
      }
      return token.text;
    }
    case 'raw':
      return token.text;
  }
}

/** Checks `argText` against `rules` (in slot order): no extra values, required ones present. */
export function parseArgs(argText: string, rules: readonly ArgRule[]): ParsedArgs {
  const split = splitArguments(argText);
  if (!split.ok) return split;
  const tokens = split.tokens;
  if (tokens.length > rules.length) return { ok: false, reason: `too many parameters (${tokens.length} > ${rules.length})` };
  const values: Array<number | string | undefined> = [];
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    const token = tokens[i];
    if (token === undefined) {
      if (!rule.optional) return { ok: false, reason: `<${rule.name}> missing` };
      values.push(undefined);
      continue;
    }
    const v = checkOne(rule, token);
    if (typeof v === 'object') return { ok: false, reason: v.reason };
    values.push(v);
  }
  return { ok: true, values };
}

/** The <cid> rule of chapter 5: 1-15 (the manual's "1…15"). */
export const CID_RULE = (optional = false): ArgRule => ({ name: 'cid', kind: 'int', min: 1, max: 15, optional });

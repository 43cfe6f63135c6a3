// Syntax lines: finding them in table cells, normalising them, classifying the form they write
// (test/read/write/exec) and splitting them into argument slots with their optional flags.

import type { ArgSlot, FormKind } from '../../simulator/spec/types.js';
import { knownNames, MULTI_WORD_NAMES as SPACED_NAMES } from './clean.js';


/** Regex source matching `AT<name>` for a canonical command name (`+CMGS`, `E`, `&F`, `+++`). */
export function commandPrefixSource(name: string): string {
  if (name === '+++') return '\\+\\+\\+';
  if (name === 'A/') return 'A\\/';
  const esc = name.replace(/[+&$#]/g, (c) => `\\${c}\\s*`);
  // `AT+ CGNSSSLEEP`, `AT+ FSPRESET `: the OCR inserts spaces after the prefix.
  const tail = /^[A-Z]$|^&[A-Z]$/.test(name) ? '(?![A-Za-z])' : '(?![A-Za-z0-9])';
  return `AT\\s*${esc}${tail}`;
}

export function isBasicName(name: string): boolean {
  return /^&?[A-Z]$/.test(name);
}

export interface SyntaxScan {
  /** The syntax text from the command prefix to where the syntax stops. */
  text: string;
  /** Where the syntax ends in the scanned string. */
  end: number;
  /** True when a bracket or a `<name` is still open (the syntax continues elsewhere). */
  open: boolean;
}

/**
 * Reads a syntax that starts at `start` in `s`: up to a space that is followed by something that
 * is not syntax. Spaces the OCR put inside a syntax (`AT+CAMM= <acmmax>[,<pas`) are crossed.
 */
export function scanSyntax(s: string, start: number, prefixLength = 0): SyntaxScan {
  let depth = 0;
  let inName = false;
  let inQuote = false;
  // The command prefix (`AT+ FSPRESET`, with the OCR's spaces) is read as one piece.
  let i = start + prefixLength;
  let lastGood = start + prefixLength;
  for (; i < s.length; i++) {
    const c = s[i] ?? '';
    if (inQuote) {
      if (c === '"') inQuote = false;
      lastGood = i + 1;
      continue;
    }
    if (inName) {
      if (c === '>') inName = false;
      if (c === '\n') break;
      lastGood = i + 1;
      continue;
    }
    if (c === '"') { inQuote = true; lastGood = i + 1; continue; }
    if (c === '<') { inName = true; lastGood = i + 1; continue; }
    if (c === '[') { depth++; lastGood = i + 1; continue; }
    if (c === ']') { depth = Math.max(0, depth - 1); lastGood = i + 1; continue; }
    if (/\s/.test(c)) {
      let j = i;
      while (j < s.length && /[ \t]/.test(s[j] ?? '')) j++;
      const next = s[j] ?? '';
      const prev = s[lastGood - 1] ?? '';
      if (c === '\n' || next === '\n' || next === '') { i = j; break; }
      if ('[<,]=?'.includes(next) || ('=,[<'.includes(prev) && /[<"\[\w]/.test(next))) { i = j - 1; continue; }
      break;
    }
    lastGood = i + 1;
  }
  const text = s.slice(start, lastGood);
  const t = text.trimEnd();
  const open = depth > 0 || inName || inQuote || /[=,\[]$/.test(t) || /<[^>]*$/.test(t);
  return { text, end: lastGood, open };
}

/** Lower-cases names, removes the spaces the OCR added (`AT+CAMM= <acmmax>`, `<num_pings >`). */
export function normalizeSyntax(raw: string, name: string): string {
  let s = raw.replace(/\s+/g, ' ').trim();
  // Prefix: `AT+ CGNSSSLEEP` -> `AT+CGNSSSLEEP`.
  const prefix = name === '+++' || name === 'A/' ? name : `AT${name}`;
  s = s.replace(new RegExp(`^${commandPrefixSource(name)}\\s*`, 'i'), prefix);
  // Names: trim, collapse inner spaces, lower-case; rejoin words split at a line wrap.
  s = s.replace(/<([^<>]*)>/g, (_m, n: string) => `<${normalizeArgName(n)}>`);
  // Spaces around syntax punctuation outside quotes.
  s = s.replace(/("[^"]*")|\s*([=,\[\]])\s*/g, (m, q: string | undefined, p: string | undefined) => (q ? q : (p ?? m)));
  s = s.replace(/>\s+</g, '><').replace(/>\s+\[/g, '>[').replace(/>\s*\/\s*</g, '>/<');
  return s;
}

export function normalizeArgName(n: string): string {
  const spaced = n.trim().replace(/\s+/g, ' ').toLowerCase();
  if (!spaced.includes(' ')) return spaced;
  if (SPACED_NAMES.has(spaced)) return spaced;
  const joined = spaced.replace(/ /g, '');
  if (knownNames.has(joined)) return joined;
  return spaced;
}

/** Joins two fragments of a syntax that a line wrap or a page break split. */
export function joinSyntaxFragments(a: string, b: string): string {
  const left = a.trimEnd();
  const right = b.trimStart();
  const open = /<([^<>]*)$/.exec(left);
  if (open) {
    const word = (open[1] ?? '').toLowerCase();
    const rest = (/^([^<>]*)>/.exec(right)?.[1] ?? '').toLowerCase();
    const spaced = `${word} ${rest}`.trim();
    if (SPACED_NAMES.has(spaced)) return `${left} ${right}`;
  }
  return left + right;
}

/** Which form a syntax line writes, from its shape. Basic commands: with a parameter = write. */
export function classifySyntax(syntax: string, name: string): FormKind {
  const rest = syntaxTail(syntax, name);
  if (/^\s*=\s*\?\s*$/.test(rest)) return 'test';
  if (/^\s*\?\s*$/.test(rest)) return 'read';
  if (isBasicName(name) || name === 'D') return /</.test(rest) || /\d/.test(rest) ? 'write' : 'exec';
  if (/^\s*\[?\s*=/.test(rest)) return 'write';
  return 'exec';
}

/** The syntax after the command name: `=<mem1>[,<mem2>]` for `AT+CPMS=<mem1>[,<mem2>]`. */
export function syntaxTail(syntax: string, name: string): string {
  const m = new RegExp(`^\\s*${commandPrefixSource(name)}`, 'i').exec(syntax);
  return m ? syntax.slice(m[0].length) : syntax;
}

export interface ArgParse {
  args: ArgSlot[];
  /** Problems to report: slots with alternatives or stray text, bracket errors. */
  problems: string[];
}

interface RawSlot {
  text: string;
  names: string[];
  optional: boolean;
  started: boolean;
}

/**
 * Splits a syntax line into argument slots. A slot is optional when it starts inside `[...]`:
 * `AT+CPMS=<mem1>[,<mem2>[,<mem3>]]` gives mem1 (required), mem2, mem3 (optional).
 * `AT+CGCONTRDP[=<cid>]` gives cid (optional). Basic commands (`ATE[<value>]`, `ATD<n>[<mgsm>][;]`)
 * have one slot per `<name>`; the `;` of ATD is a terminator, not an argument.
 * A slot that is a literal (`"TCP"`, `2`) has `literal` set and the literal as its name; an empty
 * slot (`,,`) has the name `''` and is optional.
 */
export function parseArgs(syntax: string, name: string): ArgParse {
  const problems: string[] = [];
  let rest = syntaxTail(syntax, name).trim();
  const basic = isBasicName(name) || name === 'D';
  if (!basic) {
    if (rest.startsWith('=')) rest = rest.slice(1);
    else if (/^\[\s*=/.test(rest)) rest = `[${rest.replace(/^\[\s*=/, '')}`;
    else return { args: [], problems };
    if (rest.trim() === '?') return { args: [], problems };
  }
  // `<mode>,[,<act-type>...` (a comma doubled before an optional part) is one separator.
  rest = rest.replace(/,\s*\[\s*,/g, '[,');
  const bare = !/</.test(rest);
  const slots: RawSlot[] = [];
  let depth = 0;
  let bracketError = false;
  let cur: RawSlot = { text: '', names: [], optional: false, started: false };
  const startSlot = () => {
    if (!cur.started) {
      cur.started = true;
      cur.optional = depth > 0;
    }
  };
  const flush = () => {
    slots.push(cur);
    cur = { text: '', names: [], optional: false, started: false };
  };
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i] ?? '';
    if (c === '[') {
      // `<password>[<server_type>]`: the comma before an optional part is missing.
      if (!basic && cur.started && /[>"]\s*$/.test(rest.slice(0, i)) && rest[i + 1] !== ',') {
        problems.push(`comma missing before "[" in "${syntax}"; read as a separate optional argument`);
        flush();
      }
      depth++;
      continue;
    }
    if (c === ']') { depth--; if (depth < 0) { bracketError = true; depth = 0; } continue; }
    if (c === ',' && !basic) { flush(); continue; }
    if (c === '<') {
      const j = rest.indexOf('>', i);
      const n = rest.slice(i + 1, j < 0 ? rest.length : j);
      startSlot();
      cur.names.push(normalizeArgName(n));
      cur.text += `<${n}>`;
      i = j < 0 ? rest.length : j;
      if (basic) flush();
      continue;
    }
    if (c === '"') {
      const j = rest.indexOf('"', i + 1);
      const quoted = rest.slice(i, j < 0 ? rest.length : j + 1);
      startSlot();
      // `"<mmscurl>"`: a name the manual puts in quotes (a string argument).
      const qn = /^"\s*<([^<>]+)>\s*"$/.exec(quoted);
      if (qn) cur.names.push(normalizeArgName(qn[1] ?? ''));
      else cur.text += quoted;
      i = j < 0 ? rest.length : j;
      continue;
    }
    if (/\s/.test(c)) continue;
    if (basic) continue; // `;` of ATD and similar terminators
    startSlot();
    cur.text += c;
  }
  if (!basic || cur.started) flush();
  if (depth !== 0) bracketError = true;
  if (bracketError) problems.push(`unbalanced [ ] in "${syntax}"`);

  const args: ArgSlot[] = [];
  for (const sl of slots) {
    if (!sl.started && !basic) {
      // `AT+CIPOPEN=<link_num>,"UDP",,,<localport>`: a position the line leaves empty.
      args.push({ name: '', optional: true });
      continue;
    }
    if (!sl.started) continue;
    const repeat = /^\.{2,}$|^…$/.test(sl.text.trim());
    if (repeat) continue; // `[,<index>[,...]]`: repetition marker
    if (sl.names.length === 1 && sl.text.replace(/<[^>]*>/g, '').trim() === '') {
      args.push({ name: sl.names[0] ?? '', optional: sl.optional });
    } else if (sl.names.length > 1) {
      args.push({ name: sl.names[0] ?? '', optional: sl.optional });
      problems.push(`slot "${sl.text}" has alternatives; named "${sl.names[0]}"`);
    } else if (sl.names.length === 1) {
      args.push({ name: sl.names[0] ?? '', optional: sl.optional });
      problems.push(`slot "${sl.text}" mixes a name with literal text; named "${sl.names[0]}"`);
    } else if (bare && /^[A-Za-z_]\w*$/.test(sl.text)) {
      args.push({ name: sl.text.toLowerCase(), optional: sl.optional });
    } else if (/^"[^"]*"$|^[+-]?\d+$/.test(sl.text)) {
      // `"TCP"`, `2`: a fixed value in place of a parameter.
      args.push({ name: sl.text, optional: sl.optional, literal: sl.text });
    } else {
      args.push({ name: sl.text, optional: sl.optional });
      problems.push(`slot "${sl.text}" is neither a name nor a literal in "${syntax}"`);
    }
  }
  return { args, problems };
}

/** Same slots: names, optional flags and literals equal position by position. */
export function sameSlots(a: readonly ArgSlot[], b: readonly ArgSlot[]): boolean {
  return a.length === b.length && a.every((x, i) => x.name === b[i]?.name && x.optional === b[i]?.optional && x.literal === b[i]?.literal);
}

/**
 * The slots of a form from the slot lists of its syntax lines: `args` are the first line's;
 * `alternatives` (one list per line, in order) when the lines take different slots -
 * keyword-dispatched lines (`AT+HTTPPARA="URL",<url>` / `AT+HTTPPARA="CONNECTTO",<conn_timeout>`),
 * mode-dependent ones (`AT+CMGS=<da>[,<toda>]` / `AT+CMGS=<length>`) or lines that add positions
 * (`AT+CIPSEND=<link_num>` / `AT+CIPSEND=<link_num>,<length>`). A command line is valid when it
 * fits one of them, so no line's slots are merged into another's; only a position a line leaves
 * empty is named after another line's slot there.
 */
export function formSlots(lists0: ArgSlot[][]): { args: ArgSlot[]; alternatives?: ArgSlot[][] } {
  // A position a line leaves empty (`AT+CIPSEND=<link_num>,,<serverip>,<serverport>`) takes the
  // name another line gives it, optional (`<length>`), so its value is checked and named.
  const lists = lists0.map((l) =>
    l.map((slot, i) => {
      if (slot.name !== '') return slot;
      const named = lists0.map((o) => o[i]).find((o) => o !== undefined && o.name !== '' && o.literal === undefined);
      return named ? { name: named.name, optional: true } : slot;
    }),
  );
  const first = lists[0] ?? [];
  if (lists.every((l) => sameSlots(l, first))) return { args: first };
  return { args: first, alternatives: lists };
}

// "Defined Values": one row per parameter, `<name><TAB>description`, the description running over
// continuation rows (`<TAB>text`), page breaks and glued lines. From each description: the type,
// enumerated values with their underlined default, integer ranges, the maximum string length and
// the default.

import type { ParamSpec, ParamValue } from '../../simulator/spec/types.js';
import { cleanText, normalizeCyrillic, repairTags, stripMarkdown } from './clean.js';
import { normalizeArgName } from './syntax.js';

export interface RawParam {
  names: string[];
  lines: string[];
}

export interface ParamParse {
  params: ParamSpec[];
  problems: Array<{ kind: 'param-untyped' | 'param-guess' | 'param-values'; message: string }>;
}

/** Rows of the Defined Values table, with the description cells split into lines. */
export function readParamRows(dvLines: string[]): RawParam[] {
  const rows: RawParam[] = [];
  let cur: RawParam | null = null;
  let openName: string | null = null;
  for (const raw0 of dvLines) {
    if (raw0.trim() === '') continue;
    const raw = repairTags(raw0, { keepUnderline: true });
    for (const line of raw.split('\n')) {
      if (line.trim() === '') continue;
      const cells = line.split('\t');
      const first = (cells[0] ?? '').trim();
      const rest = cells.slice(1).map((c) => c.trim()).filter((c) => c !== '').join(' ');
      if (openName !== null) {
        // A name cell wrapped onto the next line: `<im_cn_signalling_flag_in` + `d>`.
        const joined: string = openName + first;
        if (/>\s*$/.test(joined) || joined.includes('>')) {
          openName = null;
          const names = namesOf(joined);
          cur = { names, lines: [] };
          rows.push(cur);
          if (rest) cur.lines.push(...splitCell(rest));
          continue;
        }
        openName = joined;
        continue;
      }
      if (/^<[^<>]+>/.test(first) && (cells.length > 1 || /^(<[^<>]+>\s*)+$/.test(first))) {
        const names = namesOf(first);
        const after = first.replace(/^(\s*<[^<>]+>)+/, '').trim();
        cur = { names, lines: [] };
        rows.push(cur);
        const text = [after, rest].filter((x) => x).join(' ');
        if (text) cur.lines.push(...splitCell(text));
        continue;
      }
      if (/^<[^<>]+$/.test(first) && cells.length > 1) {
        openName = first;
        if (rest) {
          cur = { names: [], lines: splitCell(rest) };
          rows.push(cur);
        }
        continue;
      }
      if (!cur) continue;
      // A row of another table (`+CMQTTCFG: "version",(0-1),(3-4)`): not part of a parameter.
      if (/^\+[A-Z]/.test(first) && cells.length > 1) {
        cur = null;
        continue;
      }
      const text = [first, rest].filter((x) => x).join(' ');
      if (text) cur.lines.push(...splitCell(text));
    }
  }
  // A row whose name arrived on the next line got a placeholder row: merge.
  const out: RawParam[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (!r) continue;
    if (r.names.length === 0) {
      const next = rows[i + 1];
      if (next) next.lines.unshift(...r.lines);
      else out[out.length - 1]?.lines.push(...r.lines);
      continue;
    }
    out.push(r);
  }
  return out;
}

function namesOf(cell: string): string[] {
  const out: string[] = [];
  const re = /<([^<>]+)>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(cell))) out.push(normalizeArgName(stripMarkdown(m[1] ?? '')));
  return out;
}

/** Cells keep their line breaks as double spaces when the OCR glued them. */
function splitCell(text: string): string[] {
  return text
    .split(/ {2,}|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

const INT_WORDS = /\b(integer|interger|numeric|numberic|number format|decimal format|in decimal)\b/i;
const STR_WORDS = /\b(string type|string parameter|string format|string with|string,|a string|string;|utf-encoded string|string\.)|^the string\b|\bstring length\b/i;
/** Type statements anywhere in a description (not only its first sentence). */
const INT_EXPLICIT = /\b(Integer type|Interger type|Numeric type|in integer format|numeric parameter)\b/i;
const STR_EXPLICIT = /\b(String type|string format|string with double quotes|non-empty string|string length is)\b/i;
const HEX_WORDS = /\b(hexadecimal|hex)\b/i;

/** A value line: `0 minimum functionality`, `<u>0</u> automatic`, `"ME" FLASH ...`, `1: Quick`, `0 – stop`. */
const VALUE_LINE = /^\s*(?:[•◦▪·-]\s+)?(<u>\s*)?(-?\d+|0[xX][0-9A-Fa-f]+|"[^"]*")\s*(<\/u>)?(?=[\s:–—−]|-(?![A-Za-z])|$)\s*[:–—−-]?\s*(.*)$/;
/** A wrapped description line ends with a word that needs a continuation: not a value line after it. */
const DANGLING = /(\b(?:equals?|to|of|the|is|are|and|or|with|in|than|by|a|an|for|from|be|at|as|when|if|this|value|values)|,)\s*$/i;
// `-` between two numbers is a range when attached to the first number or spaced on both sides;
// `0 -113 dBm` is the value 0 described as "-113 dBm".
// A spaced dash (`0 – 1 hour.`, `1 - SMTP server.`) separates a value from its description.
const RANGE_LINE = /^\s*(<u>\s*)?(-?\d+)(?:\s*(?:~|to|\.\.\.|…)\s*|[-–]\s*)(-?\d+)\s*(<\/u>)?(?![\d.])\s*(.*)$/;

interface ValueScan {
  values: ParamValue[];
  ranges: Array<{ min: number; max: number }>;
}

function scanValues(lines: string[], allowBareTokens: boolean): ValueScan {
  const values: ParamValue[] = [];
  const ranges: Array<{ min: number; max: number }> = [];
  let last: ParamValue | null = null;
  let prevLine = '';
  for (const line0 of splitGluedValues(joinCommaLists(lines))) {
    const prev = prevLine;
    prevLine = line0;
    const dangling = DANGLING.test(prev) && !last;
    // OCR read the digit 0 at the start of a value line as the letter O (`O Close`, `O_No CBM`).
    const line = line0.replace(/^(\s*(?:<u>)?)O(?:_|\s)(?=\s*\S)/, '$10 ');
    // `600, 1200, 2400, ..., <u>115200</u>, 230400, 460800.`
    if (/^(\s*(<u>)?\d+(<\/u>)?\s*,\s*){2,}(<u>)?\d+(<\/u>)?\.?\s*$/.test(line)) {
      for (const tok of line.split(',')) {
        const isDefault = /<u>/.test(tok);
        const v = tok.replace(/<\/?u>|\./g, '').trim();
        if (v) values.push(isDefault ? { value: v, description: '', isDefault: true } : { value: v, description: '' });
      }
      last = null;
      continue;
    }
    const r = dangling ? null : RANGE_LINE.exec(line);
    if (r && !/^\s*-?\d+\s*-\s*[A-Za-z]/.test(line)) {
      const min = Number(r[2]);
      const max = Number(r[3]);
      if (Number.isFinite(min) && Number.isFinite(max) && min <= max) {
        ranges.push({ min, max });
        last = null;
        continue;
      }
    }
    // `A or "A" ASCII`: the value may be written with or without quotes.
    const orq = /^\s*(<u>)?([A-Za-z0-9]+)(<\/u>)?\s+or\s+("[^"]*")\s+(.*)$/.exec(line);
    if (orq && !dangling) {
      const d = clean(orq[5] ?? '');
      values.push({ value: orq[2] ?? '', description: d }, { value: orq[4] ?? '', description: d });
      last = values[values.length - 1] ?? null;
      continue;
    }
    const m0 = dangling ? null : VALUE_LINE.exec(line);
    const m = m0 && /^"/.test(m0[2] ?? '') && (/^(and|or|commands?)\b/.test(m0[4] ?? '') || /[<>]/.test(m0[2] ?? '')) ? null : m0;
    if (m && !/^\s*\d+\s*(st|nd|rd|th|bytes?|ms|s|bit)\b/i.test(line) && !/^\s*\d+\.\d/.test(line)) {
      const isDefault = Boolean(m[1]) || /\((?:default|factory)\b[^)]*\)|\bdefault\)|factory value|It's the default value|\(default\)/i.test(m[4] ?? '');
      const description = clean(m[4] ?? '');
      const pv: ParamValue = { value: m[2] ?? '', description };
      if (isDefault) pv.isDefault = true;
      if (!values.some((v) => v.value === pv.value && v.description === pv.description)) values.push(pv);
      last = pv;
      continue;
    }
    if (allowBareTokens) {
      // Unquoted string values of a string parameter: `IP Internet Protocol`, `TCP Transmission ...`.
      const b = /^\s*(<u>)?([A-Z][A-Z0-9]*(?:-[A-Za-z0-9]+)?|Non-IP)(<\/u>)?\s+(?:or\s+"[^"]*"\s+)?(\S.*)$/.exec(line);
      const orQuoted = /^\s*\S+\s+or\s+"/.test(line);
      if (b && (b[2] ?? '').length <= 12 && (orQuoted || !/^[a-z]/.test(b[4] ?? ''))) {
        const pv: ParamValue = { value: `"${b[2]}"`, description: clean(b[4] ?? '') };
        if (b[1]) pv.isDefault = true;
        values.push(pv);
        last = pv;
        continue;
      }
    }
    // A continuation of the previous value's description.
    if (last && values.length > 0 && !/^\s*(NOTE|Note)\b/.test(line)) {
      last.description = `${last.description} ${clean(line)}`.trim();
    } else {
      last = null;
    }
  }
  return { values, ranges };
}

/** A comma-separated value list broken over lines (`..., 230400,` + `460800.`). */
function joinCommaLists(lines: string[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    if (prev !== undefined && /(?:^|,)\s*(?:<u>)?\d+(?:<\/u>)?\s*,\s*$/.test(prev) && /^\s*(?:<u>)?\d+/.test(l)) out[out.length - 1] = `${prev} ${l}`;
    else out.push(l);
  }
  return out;
}

/**
 * Value lines the OCR glued: `0 unknown 1 available 2 current 3 forbidden`,
 * `0 off 1 on (manufacturer preferred compression) 2 V.42bis` - split where the next value in
 * sequence follows a space.
 */
export function splitGluedValues(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const m = /^(\s*(?:<u>)?)(\d+)((?:<\/u>)?\s+\S.*)$/.exec(line);
    if (!m) {
      out.push(line);
      continue;
    }
    let rest = `${m[1]}${m[2]}${m[3]}`;
    let n = Number(m[2]);
    const pieces: string[] = [];
    for (;;) {
      const re = new RegExp(`\\s(?:<u>)?${n + 1}(?:</u>)?\\s+(?=[A-Za-z(])(?!(?:and|or|to|of|the|is|are|messages?|bytes?|seconds?|minutes?|hours?|for|in|times?)\\b)`);
      const k = re.exec(rest);
      if (!k || k.index < 2) break;
      pieces.push(rest.slice(0, k.index).trim());
      rest = rest.slice(k.index).trim();
      n++;
    }
    pieces.push(rest);
    out.push(...pieces);
  }
  return out;
}

function unquote(value: string): string {
  return value.replace(/^"(.*)"$/, '$1');
}

function clean(s: string): string {
  return normalizeCyrillic(stripMarkdown(s.replace(/<\/?u>/g, ''))).replace(/\s+/g, ' ').trim();
}

/** Ranges stated in prose: "range is 1-24", "(0-31,99)", "1~65535", "from 1 to 65535", "Between 3200mV and 4000mV". */
export function rangesFromText(text: string): Array<{ min: number; max: number }> {
  const out: Array<{ min: number; max: number }> = [];
  const t = text.replace(/\s+/g, ' ');
  const num = '(-?\\d+)\\s*(?:[a-zA-Z]{1,8}\\b)?';
  const patterns = [
    new RegExp(`\\b(?:range|ranges|rang)\\b[^.;\\d-]{0,40}?(?:is|are|from|:)?\\s*(?:from\\s*)?\\(?\\s*${num}\\s*(?:-|~|to)\\s*${num}`, 'gi'),
    new RegExp(`\\b(?:values?|value)\\s+(?:is|are)\\s+(?:from\\s+)?${num}\\s*(?:-|~|to)\\s*${num}`, 'gi'),
    new RegExp(`\\bfrom\\s+${num}\\s*(?:-|~|to)\\s*${num}`, 'gi'),
    new RegExp(`\\bbetween\\s+${num}\\s*and\\s*${num}`, 'gi'),
    new RegExp(`\\(\\s*${num}\\s*(?:-|~|to)\\s*${num}\\s*\\)`, 'gi'),
    new RegExp(`\\bRange:\\s*(?:0 or\\s*)?${num}\\s*(?:-|~|to)\\s*${num}`, 'gi'),
    new RegExp(`\\bwithin\\s+${num}\\s*(?:-|~|to)\\s*${num}`, 'gi'),
    new RegExp(`\\bIt's from\\s+${num}\\s*to\\s*${num}`, 'gi'),
    /\b(?:format|range)\s+(-?\d+)\s*\.\.\.\s*(-?\d+)/gi,
  ];
  for (const re of patterns) {
    let m: RegExpExecArray | null;
    while ((m = re.exec(t))) {
      const min = Number(m[1]);
      const max = Number(m[2]);
      if (Number.isFinite(min) && Number.isFinite(max) && min <= max) out.push({ min, max });
    }
  }
  if (/\[Range:\s*0 or\s*\d/.test(t)) out.push({ min: 0, max: 0 });
  // "it can only be set to 0" (AT+CIPCCFG <ack>).
  const only = /\bcan only be (?:set to )?(-?\d+)\b/i.exec(t);
  if (only) out.push({ min: Number(only[1]), max: Number(only[1]) });
  // "Range:2; unit:byte" (a single permitted value).
  const single = /\bRange:\s*(\d+)\s*;/.exec(t);
  if (single) out.push({ min: Number(single[1]), max: Number(single[1]) });
  // "The value is 0 or 1", "it can be set to 0 or 1".
  const or = /\b(?:value is|set to|values? are)\s+(\d+)\s+or\s+(\d+)\b/i.exec(t);
  if (or) out.push({ min: Number(or[1]), max: Number(or[1]) }, { min: Number(or[2]), max: Number(or[2]) });
  return out;
}

export function maxLengthFromText(text: string): number | undefined {
  const t = text.replace(/\s+/g, ' ');
  const res = [
    /\bmax(?:imum)? length(?: of [<\w> ]+?)? is (\d+)/gi,
    /\bmaximum of the length is (\d+)/gi,
    /\bup to (\d+) (?:characters|bytes)/gi,
    /\blength is from \d+ to (\d+)/gi,
    /\bstring length is from \d+ to (\d+)/gi,
    /\bthe string length is \d+ to (\d+)/gi,
    /\blength is \d+\s*-\s*(\d+)/gi,
    /\bmax length is (\d+)/gi,
    /\bmaximum length is (\d+)/gi,
    /\bThe length of (?:filename|the file name) is from \d+ to (\d+)/gi,
    /\bcharacters? up to (\d+)/gi,
    /\bup to (\d+) characters/gi,
    /\bmax(?:imum)? (\d+) (?:characters|bytes)/gi,
  ];
  let best: number | undefined;
  for (const re of res) {
    let m: RegExpExecArray | null;
    while ((m = re.exec(t))) {
      const n = Number(m[1]);
      if (Number.isFinite(n) && (best === undefined || n > best)) best = n;
    }
  }
  return best;
}

function defaultFromText(text: string): string | undefined {
  const t = text.replace(/\s+/g, ' ');
  const m =
    /\bdefault(?:s)?(?: value)?(?: is| to|:|=)\s*(-?\d+|"[^"]*")(?:\s*(?:ms|s|bytes)\b)?/i.exec(t) ??
    /\b(-?\d+) is the default value\b/i.exec(t) ??
    /\((?:default)\s+(-?\d+)\)/i.exec(t) ??
    /\bis (-?\d+) by default\b/i.exec(t) ??
    /\bThe default (?:value )?is (-?\d+|"[^"]*")/i.exec(t);
  return m?.[1];
}

/** The first sentence of a description (up to ". " + capital letter), at most 300 characters. */
function firstSentence(text: string): string {
  const m = /^(.{0,300}?\.)\s+(?=[A-Z<(])/.exec(text);
  return m ? (m[1] ?? text) : text.slice(0, 300);
}

/** Merges integer ranges and single values into sorted, non-overlapping ranges. */
export function mergeRanges(rs: Array<{ min: number; max: number }>): Array<{ min: number; max: number }> {
  const sorted = [...rs].sort((a, b) => a.min - b.min || a.max - b.max);
  const out: Array<{ min: number; max: number }> = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.min <= last.max + 1) last.max = Math.max(last.max, r.max);
    else out.push({ ...r });
  }
  return out;
}

/**
 * Builds ParamSpecs. `argNames` are the names used in write/test syntax; only for those are
 * unquoted upper-case tokens taken as string values.
 */
export function buildParams(rows: RawParam[], argNames: Set<string>): ParamParse {
  const params: ParamSpec[] = [];
  const problems: ParamParse['problems'] = [];
  for (const row of rows) {
    const text = row.lines.join('\n');
    const descText = cleanText(text).replace(/\n+/g, '\n');
    const plain = descText.replace(/\n/g, ' ');
    // The type is stated at the start ("Integer type; ...", "... in string format."); later
    // sentences mention other types ("octet with integer value 42").
    const head = firstSentence(plain);
    for (const name of row.names) {
      const isArg = argNames.has(name);
      let type: ParamSpec['type'] = 'unknown';
      const strW = STR_WORDS.test(head) || /^String\b/i.test(head) || /\bstring\b.*\bdouble quotes\b/i.test(head);
      const intW = INT_WORDS.test(head);
      const hexW = (/\bin hexadecimal format\b|\bhexadecimal format\b/i.test(head) && !/string type|"/i.test(head)) || /\bInput format must be hex\b/i.test(plain);
      // "String with or without double quotes" (AT+FSDEL <filename>): 'string' would demand quotes.
      const quotesOptional = /with or without (?:double )?quotes/i.test(plain);
      if (quotesOptional) type = 'text';
      else if (hexW) type = 'hex';
      else if (!strW && !intW && STR_EXPLICIT.test(plain) && !INT_EXPLICIT.test(plain)) type = 'string';
      else if (!strW && !intW && INT_EXPLICIT.test(plain) && !STR_EXPLICIT.test(plain)) type = 'integer';
      else if (strW && !intW) type = 'string';
      else if (intW && !strW) type = 'integer';
      else if (strW && intW) type = head.search(/\bstring\b/i) < head.search(INT_WORDS) ? 'string' : 'integer';
      else if (HEX_WORDS.test(head) && !/"/.test(head)) type = 'hex';
      let scan = scanValues(row.lines, false);
      // Unquoted string values (`IP Internet Protocol`) only for a string argument without quoted values.
      if (isArg && type === 'string' && scan.values.length === 0) scan = scanValues(row.lines, true);
      let values: ParamValue[] = [];
      for (const v of scan.values) {
        if (values.some((x) => x.value === v.value)) {
          problems.push({ kind: 'param-values', message: `<${name}>: value ${v.value} listed twice ("${v.description}"); kept the first` });
          continue;
        }
        values.push(v);
      }
      if (values.length > 0 && values.every((v) => /^0[xX][0-9A-Fa-f]+$/.test(v.value))) type = 'hex';
      // `A or "A" ASCII` (AT+CFTPSTYPE): every value listed with and without quotes.
      const bothWays = values.length > 0 && values.every((v) => values.some((w) => w !== v && unquote(w.value) === unquote(v.value) && w.value.startsWith('"') !== v.value.startsWith('"')));
      if (type === 'unknown' && bothWays) type = 'text';
      // `"REC UNREAD"` in text mode, `0` in PDU mode (<stat> of AT+CMGL/AT+CMGW): one parameter
      // with the values of both modes; only the handler, knowing AT+CMGF, can check the value.
      const modeDependent = type === 'unknown' && values.some((v) => v.value.startsWith('"')) && values.some((v) => /^-?\d+$/.test(v.value)) && /\bText Mode\b/i.test(plain) && /\bPDU Mode\b/i.test(plain);
      if (type === 'unknown' && values.length > 0 && !modeDependent) {
        if (values.every((v) => v.value.startsWith('"'))) type = 'string';
        else if (values.every((v) => /^-?\d+$/.test(v.value))) type = 'integer';
        else if (values.every((v) => /^0[xX]/.test(v.value))) type = 'hex';
      }
      if (type === 'string' && values.some((v) => /^-?\d+$/.test(v.value))) {
        // A string parameter with numbered notes ("1. Text Mode:") – not values.
        values = values.filter((v) => v.value.startsWith('"'));
      }
      // Hex written with a `0x` prefix (`0X002F TLS_RSA_WITH_AES_128_CBC_SHA`, "such as 0xFFFF"): not
      // the bare hex digits that type hex means; the value is kept unchecked rather than refused.
      const prefixedHex = type === 'hex' && (values.some((v) => /^0x/i.test(v.value)) || (/\bsuch as 0x/i.test(plain) && !/do not input "?0x/i.test(plain)));
      if (prefixedHex) type = 'unknown';
      if (type === 'unknown' && scan.ranges.length > 0) type = 'integer';
      let ranges: Array<{ min: number; max: number }> = [];
      if (type === 'integer' || type === 'unknown') {
        // "The length of filename is from 5 to 55 bytes" is a string length, not a value range.
        const rangeText = type === 'unknown' && /\b(string length|length of (?:the )?file ?name|file ?name|length of the string|characters)\b/i.test(plain) ? '' : plain;
        ranges = [...scan.ranges, ...rangesFromText(rangeText)];
        if (type === 'unknown' && ranges.length > 0) {
          type = 'integer';
          problems.push({ kind: 'param-guess', message: `<${name}>: type integer guessed from its range` });
        }
      }
      const spec: ParamSpec = { name, type, description: descText };
      if (values.length > 0) spec.values = values;
      if (ranges.length > 0) {
        const numericValues = values.filter((v) => /^-?\d+$/.test(v.value)).map((v) => ({ min: Number(v.value), max: Number(v.value) }));
        spec.ranges = mergeRanges([...ranges, ...numericValues]);
      }
      if (type === 'string' || type === 'text' || type === 'unknown') {
        const ml = maxLengthFromText(plain);
        if (ml !== undefined) spec.maxLength = ml;
      }
      // "0 for control session, 1 for data session." (AT+CFTPSSLCFG <session_id>).
      if (type === 'integer' && values.length === 0 && !spec.ranges) {
        const fors = [...plain.matchAll(/(?:^|[;,.]\s*)(\d+) for ([a-z][^,.;]*)/gi)];
        if (fors.length >= 2) {
          values = fors.map((f) => ({ value: f[1] ?? '', description: f[2] ?? '' }));
          spec.values = values;
        }
      }
      const underlined = values.filter((v) => v.isDefault);
      const textDefault = defaultFromText(plain);
      if (underlined.length === 1) {
        spec.default = underlined[0]?.value ?? '';
        if (textDefault !== undefined && textDefault !== spec.default && values.some((v) => v.value === textDefault)) {
          problems.push({ kind: 'param-guess', message: `<${name}>: underlined default ${spec.default} but text says default ${textDefault}; kept the underline` });
        }
      } else if (underlined.length > 1) {
        problems.push({ kind: 'param-guess', message: `<${name}>: ${underlined.length} values marked default; none taken` });
        for (const v of values) delete v.isDefault;
      } else if (textDefault !== undefined) {
        const d = type === 'string' && !textDefault.startsWith('"') ? `"${textDefault}"` : textDefault;
        spec.default = d;
        const hit = values.find((v) => v.value === d);
        if (hit) hit.isDefault = true;
      }
      if (prefixedHex) problems.push({ kind: 'param-guess', message: `<${name}>: hexadecimal written with a 0x prefix; type unknown (type hex means bare hex digits)` });
      else if (modeDependent) problems.push({ kind: 'param-guess', message: `<${name}>: a string in text mode, an integer in PDU mode (AT+CMGF); type unknown with the values of both modes` });
      else if (type === 'unknown') problems.push({ kind: 'param-untyped', message: name });
      params.push(spec);
    }
  }
  return { params, problems };
}

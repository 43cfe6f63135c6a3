// Builds the `=?` answer from the test form's response template: `+CSQ: (range of supported
// <rssi>s),(range of supported <ber>s)` with the parameters' values/ranges gives
// `+CSQ: (0-31,99),(0-7,99)`.

import type { ParamSpec } from '../../simulator/spec/types.js';
import { mergeRanges } from './params.js';
import { normalizeArgName } from './syntax.js';

export interface TemplateResult {
  lines: string[] | null;
  problem?: string;
}

/** `(0-31,99)` / `("ME","SM")` for a parameter, or null when it has neither values nor ranges. */
export function formatSupported(p: ParamSpec): string | null {
  const vals = p.values ?? [];
  if (p.ranges && p.ranges.length > 0) {
    const extra = vals.filter((v) => /^-?\d+$/.test(v.value)).map((v) => ({ min: Number(v.value), max: Number(v.value) }));
    const merged = mergeRanges([...p.ranges, ...extra]);
    const nonNumeric = vals.filter((v) => !/^-?\d+$/.test(v.value)).map((v) => v.value);
    return `(${[...merged.map((r) => (r.min === r.max ? `${r.min}` : `${r.min}-${r.max}`)), ...nonNumeric].join(',')})`;
  }
  if (vals.length === 0) return null;
  if (vals.every((v) => /^-?\d+$/.test(v.value))) {
    const merged = mergeRanges(vals.map((v) => ({ min: Number(v.value), max: Number(v.value) })));
    // Keep an enumeration as printed unless it is a contiguous run of three or more.
    const parts = merged.flatMap((r) => (r.max - r.min >= 2 ? [`${r.min}-${r.max}`] : Array.from({ length: r.max - r.min + 1 }, (_x, k) => `${r.min + k}`)));
    return `(${parts.join(',')})`;
  }
  return `(${vals.map((v) => v.value).join(',')})`;
}

const PLACEHOLDER = /\((?:range|list) of (?:supported\s*)?<([^<>]+)>\s*s?(?:\s*ms)?\)|\((?:range|list) of <([^<>]+)>s[^)]*\)/gi;

/**
 * Substitutes the placeholders of the test form's response. Lines that are not the command's
 * information response (`OK`, `ERROR`, `1)`, `if text mode:`) are dropped. A template without
 * any information line answers only OK (empty array).
 */
export function buildTestAnswer(response: string[], name: string, params: ParamSpec[]): TemplateResult {
  const prefix = name.startsWith('+') ? `${name}:` : null;
  // Information lines start with the command's prefix (`+CSQ:`; `+CTBURST=` as the manual prints it).
  const info = response.filter((l) => prefix !== null && new RegExp(`^\\${name}\\s*[:=]`, 'i').test(l));
  const others = response.filter((l) => !info.includes(l) && !/^(OK|ERROR|\d\)|\+CM[ES] ERROR.*|or|Response:?)$/i.test(l.trim()));
  if (info.length === 0) {
    if (others.length === 0) return { lines: [] };
    return { lines: null, problem: `test response has no "${prefix ?? name}" line: ${JSON.stringify(response)}` };
  }
  const byName = new Map(params.map((p) => [p.name, p]));
  const out: string[] = [];
  for (const line of info) {
    let failed: string | null = null;
    const built = line.replace(PLACEHOLDER, (m, a: string | undefined, b: string | undefined) => {
      const n = normalizeArgName(a ?? b ?? '');
      const p = byName.get(n);
      const f = p ? formatSupported(p) : null;
      if (f === null) {
        failed = p ? `<${n}> has no values or ranges` : `no parameter <${n}>`;
        return m;
      }
      return f;
    });
    if (failed) return { lines: null, problem: `cannot build "${line}": ${failed}` };
    if (/<[^<>]+>/.test(built)) return { lines: null, problem: `template "${line}" has unresolved names` };
    out.push(built);
  }
  return { lines: out };
}

/**
 * Canonical form of an answer for comparison: numeric groups `(0-1,4-7)` and `(0,1,4,5,6,7)` are
 * the same set; spaces are ignored.
 */
export function canonicalAnswer(lines: string[]): string {
  return lines
    .map((l) =>
      l.replace(/\s+/g, '').replace(/\(((?:"[^"]*",?)+)\)/g, (_m, body: string) => `(${body.split(',').sort().join(',')})`).replace(/\(([-\d,]+)\)/g, (m, body: string) => {
        const set = new Set<number>();
        for (const part of body.split(',')) {
          const r = /^(-?\d+)-(-?\d+)$/.exec(part);
          if (r) {
            const a = Number(r[1]);
            const b = Number(r[2]);
            if (b - a > 100000) return m;
            for (let k = a; k <= b; k++) set.add(k);
          } else if (/^-?\d+$/.test(part)) set.add(Number(part));
          else return m;
        }
        return `(${[...set].sort((x, y) => x - y).join(',')})`;
      }),
    )
    .join('\n');
}

/** Top-level comma-separated fields of an answer line after `+NAME:`. */
export function answerFields(line: string): string[] {
  const body = line.replace(/^\+[A-Z0-9]+:\s*/i, '');
  const out: string[] = [];
  let depth = 0;
  let quote = false;
  let cur = '';
  for (const c of body) {
    if (c === '"') quote = !quote;
    if (!quote && (c === '(' || c === '[')) depth++;
    if (!quote && (c === ')' || c === ']')) depth--;
    if (c === ',' && depth === 0 && !quote) {
      out.push(cur.trim());
      cur = '';
      continue;
    }
    cur += c;
  }
  out.push(cur.trim());
  return out;
}

/**
 * Compares the example's `=?` answer with the parameters' Defined Values, position by position
 * against a write syntax line (the one starting with the same keyword, if any). Returns one message
 * per numeric group that disagrees.
 */
export function compareAnswerWithParams(
  answer: string[],
  writeSyntaxArgs: Array<Array<{ name: string }>>,
  params: ParamSpec[],
): string[] {
  const byName = new Map(params.map((p) => [p.name, p]));
  const out: string[] = [];
  for (const line of answer) {
    const fields = answerFields(line);
    const first = fields[0] ?? '';
    const args =
      writeSyntaxArgs.find((a) => /^"/.test(first) && a[0]?.name.toLowerCase() === first.toLowerCase()) ??
      (/^"/.test(first) ? undefined : writeSyntaxArgs[0]);
    if (!args || args.length !== fields.length) continue;
    fields.forEach((f, i) => {
      if (!/^\([-\d,]+\)$/.test(f)) return;
      const p = byName.get(args[i]?.name ?? '');
      if (!p || (!p.ranges && !(p.values ?? []).every((v) => /^-?\d+$/.test(v.value)))) return;
      const dv = formatSupported(p);
      if (dv && canonicalAnswer([f]) !== canonicalAnswer([dv])) out.push(`<${p.name}>: the example answers ${f}, Defined Values give ${dv}`);
    });
  }
  return out;
}

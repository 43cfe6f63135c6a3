// Examples: the lines as printed, cleaned (fences, bold, headings, escapes, Cyrillic, HTML made
// of names), blank lines dropped, split into one block per command line. Command and answer the
// OCR glued on one line (`AT+CREG? +CREG: 0,1`, `AT+CMGMT=? OK AT+CMGMT=1 OK`) are split.

import type { ExampleBlock } from '../../simulator/spec/types.js';
import { cleanText, EXAMPLE_HTML_ELEMENTS } from './clean.js';

const CMD_START = /^(AT[+&$#]?[A-Z]|AT\s*\+\s*[A-Z]|\+\+\+$|A\/$)/i;

/** Cleans example lines and splits glued command/answer lines. */
export function cleanExampleLines(raw: string[]): string[] {
  const out: string[] = [];
  for (const r of raw) {
    if (/^\s*```/.test(r)) continue;
    const text = cleanText(r.replace(/\t+/g, '  '), { keepHtml: new Set(EXAMPLE_HTML_ELEMENTS) });
    for (const l0 of text.split('\n')) {
      // `$USB_PHY = 1,$`: a line the converter set as a formula.
      const l = l0.trim().replace(/^\$(.*)\$$/, '$1').trim();
      if (!l) continue;
      out.push(...splitGlued(l));
    }
  }
  return out;
}

/** `AT+CREG? +CREG: 0,1` -> two lines; `AT+CMGMT=? OK AT+CMGMT=1 OK` -> four. */
export function splitGlued(line: string): string[] {
  if (!/^AT/i.test(line) && !/^OK\s+AT/i.test(line)) return [line];
  if (/\/\//.test(line)) {
    // Keep a trailing comment with its command line.
    const [code, ...rest] = line.split('//');
    const parts = splitGlued((code ?? '').trim());
    const last = parts.pop() ?? '';
    return [...parts, `${last} //${rest.join('//')}`.trim()];
  }
  const parts = line
    .split(/\s+(?=OK$|OK\s+AT|ERROR$|\+[A-Z][A-Z0-9_ ]*:|AT[+&]?[A-Z]+[=?])|(?<=^OK)\s+(?=AT)|(?<=\bOK)\s+(?=AT[+&]?[A-Z])/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return parts.length > 0 ? parts : [line];
}

/** One block per command line; comment-only lines (`//TEXT MODE`) go with the next command. */
export function groupExamples(lines: string[]): ExampleBlock[] {
  const blocks: ExampleBlock[] = [];
  let cur: string[] = [];
  let pendingComments: string[] = [];
  for (const l of lines) {
    if (/^\/\//.test(l)) {
      if (cur.length > 0 && blocks.length === 0 && cur.every((x) => !CMD_START.test(x))) cur.push(l);
      else pendingComments.push(l);
      continue;
    }
    if (CMD_START.test(l)) {
      if (cur.length > 0) blocks.push({ lines: cur });
      cur = [...pendingComments, l];
      pendingComments = [];
      continue;
    }
    if (pendingComments.length > 0) {
      cur.push(...pendingComments);
      pendingComments = [];
    }
    cur.push(l);
  }
  if (pendingComments.length > 0) cur.push(...pendingComments);
  if (cur.length > 0) blocks.push({ lines: cur });
  return blocks;
}

/**
 * The answer of `AT<name>=?` in the examples: the lines after that command up to OK (long lines
 * the PDF wrapped are joined: `+CGTFT:` + `"IP",(1-16),...`). Null when no example shows it.
 */
export function testAnswerFromExamples(lines: string[], name: string): string[] | null {
  const cmd = `AT${name}=?`.toUpperCase();
  for (let i = 0; i < lines.length; i++) {
    const l = (lines[i] ?? '').replace(/\s*\/\/.*$/, '').replace(/\s+/g, '').toUpperCase();
    if (l !== cmd) continue;
    const answer: string[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const a = (lines[j] ?? '').replace(/\s*\/\/.*$/, '').trim();
      if (/^OK$/i.test(a)) return joinWrapped(answer);
      if (/^(ERROR|\+CME ERROR|\+CMS ERROR)/.test(a) || /^AT/i.test(a)) return null;
      answer.push(a);
    }
    return null;
  }
  return null;
}

function joinWrapped(lines: string[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    if (prev !== undefined && (/:$/.test(prev) || (!/^\+/.test(l) && /^[a-z(,")\]]/.test(l)))) {
      out[out.length - 1] = /:$/.test(prev) ? `${prev} ${l}` : `${prev}${/^[a-z]/.test(l) ? ' ' : ''}${l}`;
      continue;
    }
    out.push(l);
  }
  return out.map((l) => l.replace(/^(\+[A-Z0-9]+)\s*:\s*/, '$1: '));
}

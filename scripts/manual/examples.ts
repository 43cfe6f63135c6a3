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
      // `AT+ CMMSCFG=?`: the OCR put a space after the prefix, as in syntax lines.
      const l = l0.trim().replace(/^\$(.*)\$$/, '$1').trim().replace(/^(AT\s*[+&$#])\s+(?=[A-Z])/i, (_m, p: string) => p.replace(/\s+/g, ''));
      if (!l) continue;
      out.push(...splitGlued(l));
    }
  }
  return joinWrappedCommands(out);
}

/** Number of `"` in a line. */
function quotes(line: string): number {
  return line.split('"').length - 1;
}

/**
 * A command line the PDF wrapped inside a quoted string (`AT+CSMTPSFROM="senderaddress@server.`
 * + `com", "sendername"`): the next line, which closes the string, is joined without a space.
 */
function joinWrappedCommands(lines: string[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    if (prev !== undefined && CMD_START.test(prev) && quotes(prev) % 2 === 1 && quotes(l) % 2 === 1 && !CMD_START.test(l)) {
      out[out.length - 1] = `${prev}${l}`;
      continue;
    }
    out.push(l);
  }
  return out;
}

/** The position of a `//` comment outside quoted strings (`"http://..."` is not one), or -1. */
function commentStart(line: string): number {
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c === '/' && line[i + 1] === '/') return i;
  }
  return -1;
}

/** `AT+CREG? +CREG: 0,1` -> two lines; `AT+CMGMT=? OK AT+CMGMT=1 OK` -> four. */
export function splitGlued(line: string): string[] {
  if (!/^AT/i.test(line) && !/^OK\s+AT/i.test(line)) return [line];
  const comment = commentStart(line);
  if (comment >= 0) {
    // Keep a trailing comment with its command line.
    const parts = splitGlued(line.slice(0, comment).trim());
    const last = parts.pop() ?? '';
    return [...parts, `${last} ${line.slice(comment)}`.trim()];
  }
  // Outside quoted strings only: `AT+HTTPPARA="URL","http://x" OK`, `AT+CFTPSPWD OK +CFTPSPWD: "/"`,
  // `AT+CMQTTWILLTOPIC=0,10 >` (the data prompt).
  const parts = splitOutsideQuotes(line, /\s+(?=OK$|OK\s+AT|OK\s+\+[A-Z]|>$|ERROR$|\+[A-Z][A-Z0-9_ ]*:|AT[+&]?[A-Z]+[=?])|(?<=^OK)\s+(?=AT)|(?<=\bOK)\s+(?=AT[+&]?[A-Z])/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return parts.length > 0 ? parts : [line];
}

/** Splits at the separator's matches that lie outside double quotes. */
function splitOutsideQuotes(line: string, separator: RegExp): string[] {
  const out: string[] = [];
  const re = new RegExp(separator.source, 'g');
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) {
    if (m[0] === '' && m.index === re.lastIndex) re.lastIndex++;
    if (quotes(line.slice(0, m.index)) % 2 === 1) continue;
    out.push(line.slice(start, m.index));
    start = m.index + m[0].length;
  }
  out.push(line.slice(start));
  return out;
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

// Comparing what a module printed with what a transcript expects, at three strengths:
//
//   exact  — the bytes are equal, a marker matching any bytes of its pattern (FORMAT.md)
//   shape  — the same lines with the same structure: each line equal after values are
//            abstracted (numbers → 0, quoted strings → "", hex runs → H), same final code
//   differ — anything else
//
// and a readable line diff in which bytes matched by a marker are shown as the marker, so only
// real differences stand out.

import { escapeBytes } from '../../simulator/core/escape.js';
import { protectTrailingSpace } from './format.js';
import { MARKERS } from './markers.js';
import type { Segment } from './transcript.js';

export type MatchLevel = 'exact' | 'shape' | 'differ';

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An anchored regular expression for a payload (latin1 text). */
export function payloadRegex(segments: readonly Segment[]): RegExp {
  const source = segments.map((s) => (typeof s === 'string' ? escapeRegex(s) : `(?:${MARKERS[s.marker].pattern})`)).join('');
  return new RegExp(`^${source}$`);
}

export function matchesExactly(expected: readonly Segment[], actual: string): boolean {
  return payloadRegex(expected).test(actual);
}

/** Expected payload as text, with markers replaced by their samples (for shape comparison). */
export function sampleText(segments: readonly Segment[]): string {
  return segments.map((s) => (typeof s === 'string' ? s : MARKERS[s.marker].sample)).join('');
}

/** One line's structure: values abstracted away, and spacing around commas (the manual's OCR
 * often adds a space after a comma that modules do not print). */
export function lineShape(line: string): string {
  return line
    .replace(/"[^"]*"/g, '""')
    .replace(/\b[0-9A-F]{8,}\b/g, 'H')
    .replace(/-?\d+(?:\.\d+)?/g, '0')
    .replace(/[ \t]*,[ \t]*/g, ',')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Response lines without the framing: CR/LF runs split lines, blank lines dropped. */
export function responseLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '');
}

export function shapeOf(text: string): string[] {
  return responseLines(text).map(lineShape);
}

export function compare(expected: readonly Segment[], actual: string): MatchLevel {
  if (matchesExactly(expected, actual)) return 'exact';
  const a = shapeOf(actual);
  const e = shapeOf(sampleText(expected));
  if (a.length === e.length && a.every((l, i) => l === e[i])) return 'shape';
  return 'differ';
}

/**
 * Splits a payload into display lines after each LF; a piece that is only CR/LF (the framing
 * before a result code) joins the line after it. Markers stay in their line.
 */
export function payloadLines(segments: readonly Segment[]): Segment[][] {
  const lines: Segment[][] = [[]];
  for (const s of segments) {
    if (typeof s !== 'string') {
      lines[lines.length - 1]!.push(s);
      continue;
    }
    for (const part of s.split(/(?<=\n)/)) {
      if (!part) continue;
      const current = lines[lines.length - 1]!;
      current.push(part);
      const framingOnly = current.every((x) => typeof x === 'string' && /^[\r\n]*$/.test(x));
      if (part.endsWith('\n') && !framingOnly) lines.push([]);
    }
  }
  return lines.filter((l) => l.length > 0);
}

function escapedLine(segments: readonly Segment[]): string {
  return protectTrailingSpace(segments.map((s) => (typeof s === 'string' ? escapeBytes(s) : `\\{${s.marker}}`)).join(''));
}

export interface DiffLine {
  op: ' ' | '-' | '+';
  text: string;
}

/**
 * A line diff of expected against actual (LCS). An actual line that matches the expected line
 * it is paired with (markers included) is shown once, as the expected text.
 */
export function diffPayload(expected: readonly Segment[], actual: string): DiffLine[] {
  const exp = payloadLines(expected);
  const act = payloadLines([actual]).map((l) => l.join(''));
  const same = (i: number, j: number) => payloadRegex(exp[i]!).test(act[j]!);
  const n = exp.length;
  const m = act.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = same(i, j) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && same(i, j)) {
      out.push({ op: ' ', text: escapedLine(exp[i]!) });
      i++;
      j++;
    } else if (i < n && (j >= m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      out.push({ op: '-', text: escapedLine(exp[i]!) });
      i++;
    } else {
      out.push({ op: '+', text: protectTrailingSpace(escapeBytes(act[j]!)) });
      j++;
    }
  }
  return out;
}

export function formatDiff(lines: readonly DiffLine[], indent = '    '): string {
  return lines.map((l) => `${indent}${l.op} ${l.text}`).join('\n');
}

// Splits a command section into its parts: description, command table, Defined Values,
// Examples and NOTE blocks. Headings for these parts come as `# **Examples**`, `#### NOTE`,
// `Defined Values<TAB>` or are missing; the table and the Defined Values table run across page
// breaks.

import { commandPrefixSource } from './syntax.js';

export interface SectionParts {
  description: string[];
  table: string[];
  definedValues: string[];
  examples: string[];
  notes: string[][];
  /** True when no "Examples" heading exists and the examples were found by their shape. */
  examplesHeadingMissing: boolean;
  /** Lines cut out as a URC table (URC_TABLE_CUTS). */
  urcRows: string[];
}

const LABEL = /^\s*(?:#+\s*)?(?:\*\*)?\s*(Test|Read|Write|Execute|Execution)\s+Command/;
const PROP_LABEL = /^\s*(Parameter Saving Mode|Max(?:imum)? Response Time|Reference)\b/;
const DV_HEAD = /^\s*(?:#+\s*)?(?:\*\*)?\s*Defined Values\s*(?:\*\*)?\s*$/;
const EX_HEAD = /^\s*(?:#+\s*)?(?:\*\*)?\s*Examples?\s*(?:\*\*)?\s*$/;
const NOTE_HEAD = /^\s*(?:#+\s*)?(?:\*\*)?\s*NOTE\s*(?:\*\*)?\s*$/;

export function isExampleStartLine(line: string): boolean {
  const t = line.replace(/\*\*/g, '').replace(/^\s*#+\s*/, '').trim();
  return /^```/.test(t) || /^AT[+&$#]?\s*[A-Z]/.test(t) || /^\+\+\+$/.test(t);
}

/** A Defined Values row: `<name>` first cell followed by a tab. */
export function isParamRow(line: string): boolean {
  const cell = line.split('\t')[0] ?? '';
  return line.includes('\t') && (/^(\s*<[^<>]+>)+\s*$/.test(cell) || /^<[^<>]+$/.test(cell));
}

export function splitSection(allLines: string[], name: string, cutFrom?: string): SectionParts {
  // A URC table inside the section (AT+CGEREP): cut from its first line up to the Examples heading.
  let lines = allLines;
  let urcRows: string[] = [];
  if (cutFrom) {
    const a = allLines.findIndex((l) => l.startsWith(cutFrom));
    if (a >= 0) {
      let b = allLines.findIndex((l, i) => i > a && EX_HEAD.test(l));
      if (b < 0) b = allLines.length;
      urcRows = allLines.slice(a, b);
      lines = [...allLines.slice(0, a), ...allLines.slice(b)];
    }
  }
  const prefix = new RegExp(`^\\s*(?:#+\\s*)?(?:\\*\\*)?\\s*${commandPrefixSource(name)}`, 'i');
  // 1. Table start: the table's title row (`AT+CSCS Select TE character set`), else its first label.
  let tableStart = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] ?? '';
    if (l.trim() === '') continue;
    // A label row, not a sentence starting with "Execution Command causes ...".
    if ((LABEL.test(l) && (/\t/.test(l) || l.trim().length < 60 || /\bAT[+&A-Z]/.test(l))) || PROP_LABEL.test(l)) { tableStart = i; break; }
    if (/^\s*(?:#+\s*)?AT[+&]?\s*\S*\s+\S/.test(l) && /\t|^\s*#/.test(l) && !/[.]\s*$/.test(l.split('\t')[0] ?? '')) { tableStart = i; break; }
    if (prefix.test(l) && /\t/.test(l)) { tableStart = i; break; }
    if (/^Response\b/.test(l)) { tableStart = i; break; }
  }
  if (tableStart < 0) tableStart = lines.length;

  // 2. Block headings after the table start.
  const heads: Array<{ idx: number; kind: 'dv' | 'ex' | 'note' }> = [];
  for (let i = tableStart; i < lines.length; i++) {
    const l = lines[i] ?? '';
    if (DV_HEAD.test(l) || /^\s*Defined Values\t/.test(l)) heads.push({ idx: i, kind: 'dv' });
    else if (EX_HEAD.test(l)) heads.push({ idx: i, kind: 'ex' });
    else if (NOTE_HEAD.test(l)) heads.push({ idx: i, kind: 'note' });
  }
  const firstHead = heads[0]?.idx ?? lines.length;

  // 3. Table end: after the last property row (Parameter Saving Mode / Max Response Time /
  //    Reference) before the first block heading and its tab-continuation lines; without property
  //    rows, at the first Defined Values row.
  let lastProp = -1;
  for (let i = tableStart; i < firstHead; i++) {
    if (PROP_LABEL.test(lines[i] ?? '')) lastProp = i;
  }
  let tableEnd: number;
  if (lastProp >= 0) {
    tableEnd = lastProp + 1;
    while (tableEnd < firstHead && /^\t/.test(lines[tableEnd] ?? '') && !isParamRow(lines[tableEnd] ?? '')) tableEnd++;
  } else {
    tableEnd = firstHead;
    for (let i = tableStart + 1; i < firstHead; i++) {
      const l = lines[i] ?? '';
      if (isParamRow(l) && !/ctrl-z|<input|<data>/i.test(l.split('\t')[0] ?? '')) { tableEnd = i; break; }
    }
  }

  const description = lines.slice(0, tableStart);
  const table = lines.slice(tableStart, tableEnd);

  // 4. Blocks after the table. Lines between the table and the first heading are Defined Values
  //    (the heading is often missing), unless they are examples (the Examples heading is missing).
  const definedValues: string[] = [];
  const examples: string[] = [];
  const notes: string[][] = [];
  let examplesHeadingMissing = false;
  let kind: 'dv' | 'ex' | 'note' = 'dv';
  let dvSeenRow = false;
  for (let i = tableEnd; i < lines.length; i++) {
    const l = lines[i] ?? '';
    const head = heads.find((h) => h.idx === i);
    if (head) {
      kind = head.kind;
      if (kind === 'note') notes.push([]);
      continue;
    }
    if (kind === 'dv') {
      if (isParamRow(l)) dvSeenRow = true;
      // Examples without their heading: an AT line that is not inside a Defined Values cell.
      if (!/\t/.test(l) && isExampleStartLine(l) && (dvSeenRow || !heads.some((h) => h.kind === 'ex'))) {
        if (!heads.some((h) => h.kind === 'ex' && h.idx > i)) {
          kind = 'ex';
          examplesHeadingMissing = true;
          examples.push(l);
          continue;
        }
      }
      definedValues.push(l);
    } else if (kind === 'ex') {
      examples.push(l);
    } else {
      notes[notes.length - 1]?.push(l);
    }
  }
  return { description, table, definedValues, examples, notes, examplesHeadingMissing, urcRows };
}

// The command table of a section: the rows Test/Read/Write/Execute Command (syntax on the left,
// response on the right), Parameter Saving Mode, Max Response Time and Reference.
//
// The OCR gives the table in three shapes, often mixed: one row per line with cells separated by
// tabs; each line of a cell on its own line (left cell and right cell lines interleaved, a row
// continuing after a page footer); or a whole row glued on one line with double spaces where the
// lines were. Rows are rebuilt from labels; syntax lines are recognised by the command prefix and
// classified by their shape (`=?` test, `?` read, `=` write, none exec), so a lost or misplaced
// label does not lose the form.

import type { FormKind, SavingMode } from '../../simulator/spec/types.js';
import { cleanInline, cleanText, repairTags } from './clean.js';
import { classifySyntax, commandPrefixSource, joinSyntaxFragments, normalizeSyntax, scanSyntax } from './syntax.js';

type RowLabel = FormKind | 'saving' | 'maxtime' | 'reference' | 'title';

interface Row {
  label: RowLabel | null;
  left: string[];
  right: string[];
}

export interface RawForm {
  kind: FormKind;
  syntax: string[];
  response: string[];
}

export interface TableParse {
  forms: RawForm[];
  savingRaw: string | null;
  maxTimeRaw: string | null;
  referenceRaw: string | null;
  problems: string[];
}

const FORM_LABEL = /^\s*(?:#+\s*)?(?:\*\*)?\s*(Test|Read|Write|Execute|Execution)\s+Command(?:S\b|s\b)?\s*(?:\*\*)?/;
const PROP_LABEL = /^\s*(Parameter Saving Mode|Max(?:imum)? Response Time|Reference)\b\s*:?/;

function labelOf(word: string): FormKind {
  switch (word) {
    case 'Test': return 'test';
    case 'Read': return 'read';
    case 'Write': return 'write';
    default: return 'exec';
  }
}

/** Splits a table line into (left, right) by its first tab, or by content when it has none. */
function splitLine(line: string, prefix: RegExp): { left: string; right: string } {
  if (line.includes('\t')) {
    const cells = line.split('\t');
    return { left: cells[0] ?? '', right: cells.slice(1).join('  ') };
  }
  const t = line.trim();
  if (FORM_LABEL.test(t) || PROP_LABEL.test(t) || prefix.test(t)) return { left: t, right: '' };
  return { left: '', right: t };
}

export function parseCommandTable(tableLines: string[], name: string): TableParse {
  const problems: string[] = [];
  const prefixSrc = commandPrefixSource(name);
  const prefix = new RegExp(`^\\s*(?:#+\\s*)?(?:\\*\\*)?\\s*${prefixSrc}`, 'i');
  const rows: Row[] = [];
  let cur: Row = { label: null, left: [], right: [] };
  rows.push(cur);
  let first = true;
  for (const raw of tableLines) {
    if (raw.trim() === '') continue;
    const line = repairTags(raw).replace(/\*\*/g, '');
    if (first) {
      first = false;
      // The title row: `AT+CSCS Select TE character set` or `# AT+LFOTA Start Local FOTA Service`.
      const cell0 = (line.split('\t')[0] ?? '').replace(/^\s*#+\s*/, '').trim();
      if (!FORM_LABEL.test(cell0) && !PROP_LABEL.test(cell0) && /^AT\S*\s+\S|^AT\S*$|^\+\+\+\s/.test(cell0) && !/[=?\[<]/.test(cell0.split(/\s+/)[0] ?? '')) {
        cur.label = 'title';
        // Lines after the title row belong to the next row (its label is centred further down).
        cur = { label: null, left: [], right: [] };
        rows.push(cur);
        // A glued table (`# AT+CMGL List ... Test Command Response AT+CMGL=? ...`) continues after the title.
        const glued = /\b(Test|Read|Write|Execute) Command\b/.exec(cell0);
        if (glued) {
          processLine(cell0.slice(glued.index) + (line.includes('\t') ? `\t${line.split('\t').slice(1).join('  ')}` : ''));
        }
        continue;
      }
    }
    processLine(line);
  }

  function processLine(line: string): void {
    const { left, right } = splitLine(line, prefix);
    let l = left.trim();
    const fm = FORM_LABEL.exec(l);
    const pm = PROP_LABEL.exec(l);
    // The left cell is centred vertically: the right cell's first lines ("Response", ...) come
    // before the label line. A "Response" after response text starts the next row.
    if (!fm && !pm && /^Response\b/.test(right.trim()) && cur.right.length > 0 && cur.label !== 'title') {
      cur = { label: null, left: [], right: [] };
      rows.push(cur);
    }
    // A "Response" cell that starts with the tail of the previous row (`OK Response 1) OK ...`).
    if ((fm || pm) && rows.length > 1) {
      const m = /^(.*?)\s+(Response\b.*)$/.exec(right.trim());
      const prev = cur;
      if (m && m[1] && !/^Response\b/.test(m[1]) && prev.label !== 'title' && prev.right.length > 0) {
        prev.right.push(m[1]);
        return processLine(`${left}\t${m[2]}`);
      }
    }
    const sameLabel = fm && cur.label === labelOf(fm[1] ?? '') && !cur.left.some((x) => prefix.test(x));
    if (fm && (cur.label === null || sameLabel) && !cur.left.some((x) => prefix.test(x)) && rows.length > 1) {
      cur.label = labelOf(fm[1] ?? '');
      l = l.slice(fm[0].length).trim();
    } else if (fm) {
      cur = { label: labelOf(fm[1] ?? ''), left: [], right: [] };
      rows.push(cur);
      l = l.slice(fm[0].length).trim();
    } else if (pm) {
      const p = pm[1] ?? '';
      cur = { label: p.startsWith('Parameter') ? 'saving' : p.startsWith('Reference') ? 'reference' : 'maxtime', left: [], right: [] };
      rows.push(cur);
      l = l.slice(pm[0].length).trim();
    }
    if (l) cur.left.push(l);
    if (right.trim()) cur.right.push(right.trim());
  }

  const forms = new Map<FormKind, RawForm>();
  let savingRaw: string | null = null;
  let maxTimeRaw: string | null = null;
  let referenceRaw: string | null = null;

  for (const row of rows) {
    if (row.label === 'title') continue;
    if (row.label === 'saving' || row.label === 'maxtime' || row.label === 'reference') {
      const v = cleanInline([...row.left, ...row.right].join(' '));
      // A repeated label row (a ghost of the OCR) does not override a value already read.
      if (row.label === 'saving') savingRaw = savingRaw || v;
      else if (row.label === 'maxtime') maxTimeRaw = maxTimeRaw || v;
      else referenceRaw = referenceRaw || v;
      continue;
    }
    // Left cell: syntax lines (a syntax may continue on the next left fragment) and qualifiers.
    const syntaxes: string[] = [];
    const extraRight: string[] = [];
    let pending: string | null = null;
    for (const frag of row.left) {
      let text = frag;
      // `,<timeout>` on the next line continues a syntax that looked complete.
      if (pending === null && syntaxes.length > 0 && /^\s*[,\[]\s*[<"\[]/.test(text) && !new RegExp(prefixSrc, 'i').test(text)) {
        syntaxes[syntaxes.length - 1] = `${syntaxes[syntaxes.length - 1]}${text.trim()}`;
        continue;
      }
      if (pending !== null) {
        const joined = joinSyntaxFragments(pending, text);
        const sc = scanSyntax(joined, 0);
        if (sc.open && sc.end >= joined.length - 1) { pending = joined; continue; }
        syntaxes.push(sc.text);
        pending = null;
        text = joined.slice(sc.end);
      }
      const re = new RegExp(prefixSrc, 'gi');
      let m: RegExpExecArray | null;
      let consumedTo = 0;
      while ((m = re.exec(text))) {
        if (m.index < consumedTo) continue;
        const sc = scanSyntax(text, m.index, m[0].length);
        if (sc.open && sc.end >= text.trimEnd().length) { pending = text.slice(m.index); consumedTo = text.length; break; }
        syntaxes.push(sc.text);
        consumedTo = sc.end;
        re.lastIndex = Math.max(sc.end, m.index + 1);
        // What follows a syntax on the same fragment (glued rows) is response text.
        const tail = text.slice(sc.end).trim();
        if (tail && !new RegExp(prefixSrc, 'i').test(tail) && /^(Response|OK\b|ERROR\b|\d\)|\+)/.test(tail)) {
          extraRight.push(tail);
          consumedTo = text.length;
          break;
        }
      }
    }
    if (pending !== null) {
      syntaxes.push(pending);
      problems.push(`syntax left open: "${cleanInline(pending)}"`);
    }
    const response = splitResponse([...extraRight, ...row.right], name);
    if (syntaxes.length === 0) {
      if (row.label && (row.right.length > 0 || row.left.length > 0)) {
        // A labelled row without a syntax: keep its response under the label.
        const kind = row.label as FormKind;
        const f = forms.get(kind) ?? { kind, syntax: [], response: [] };
        f.response.push(...response);
        forms.set(kind, f);
        problems.push(`${kind} row without a syntax line`);
      } else if (row.right.length > 0 || row.left.length > 0) {
        // Unlabelled continuation (a row split by a page break): response of the last form.
        const last = [...forms.values()].pop();
        if (last) last.response.push(...response);
      }
      continue;
    }
    const byKind = new Map<FormKind, string[]>();
    for (const s of syntaxes) {
      const norm = normalizeSyntax(cleanInline(s.replace(/\n/g, ' ')), name);
      const kind = classifySyntax(norm, name);
      const list = byKind.get(kind) ?? [];
      list.push(norm);
      byKind.set(kind, list);
    }
    const kinds = [...byKind.keys()];
    kinds.forEach((kind, k) => {
      const f = forms.get(kind) ?? { kind, syntax: [], response: [] };
      for (const s of byKind.get(kind) ?? []) if (!f.syntax.includes(s)) f.syntax.push(s);
      // The response belongs to the row; with two kinds in one row (a glued table) give it to the last.
      if (k === kinds.length - 1) f.response.push(...response);
      forms.set(kind, f);
    });
  }
  const order: FormKind[] = ['test', 'read', 'write', 'exec'];
  return {
    forms: order.flatMap((k) => (forms.has(k) ? [forms.get(k) as RawForm] : [])),
    savingRaw,
    maxTimeRaw,
    referenceRaw,
    problems,
  };
}

/**
 * Response cell text to lines. Glued cells keep their line breaks as double spaces; besides,
 * alternatives `1)`/`2)` and the result codes OK/ERROR/+CME ERROR start their own lines.
 */
export function splitResponse(parts: string[], name: string): string[] {
  const out: string[] = [];
  const prefixName = name.startsWith('+') ? name.replace(/[+]/g, '\\+') : null;
  for (const part of parts) {
    const text = cleanText(part.replace(/ {2,}/g, '\n'));
    for (let line of text.split('\n')) {
      line = line.trim();
      if (!line) continue;
      line = line.replace(/^Response\s*:?\s*/, '');
      if (!line || /^[-_]{3,}$/.test(line)) continue;
      let pieces = [line];
      const splitters: RegExp[] = [
        /\s+(?=\d{1,2}\)\s*\S)/g,
        /(?<=^\d{1,2}\))\s+(?=OK\b|ERROR\b|\+|<|>)/g,
        /\s+(?=OK(?:\s|$))/g,
        /(?<=:)\s+(?=> |\+[A-Z])/g,
        /(?<=^OK)\s+(?=\+[A-Z]|or\b)/g,
        /(?<=^OK)\s+(?=\S)/g,
        /(?<=^ERROR)\s+(?=\S)/g,
        /\s+(?=ERROR$)/g,
        /\s+(?=\+CM[ES] ERROR)/g,
        // `Manufacturer: <manufacturer> Model: <model> Revision: ...` (ATI): one field per line.
        /(?<=>)\s+(?=[A-Z][A-Za-z0-9 ]{1,20}: <)/g,
      ];
      if (prefixName) splitters.push(new RegExp(`\\s+(?=${prefixName}:)`, 'g'));
      for (const sp of splitters) pieces = pieces.flatMap((p) => p.split(sp));
      for (const p of pieces) if (p.trim()) out.push(p.trim());
    }
  }
  // A line the PDF wrapped inside a parenthesis: `+CGAUTH: (range of supported <cid>s),(list of supported` + `<auth_type> s),...`.
  const joined: string[] = [];
  for (const l of out) {
    const prev = joined[joined.length - 1];
    if (prev !== undefined && depthOf(prev) > 0) joined[joined.length - 1] = `${prev}${/[(,]$/.test(prev) ? '' : ' '}${l}`;
    else joined.push(l);
  }
  return joined;
}

function depthOf(s: string): number {
  let d = 0;
  for (const c of s) {
    if (c === '(') d++;
    else if (c === ')') d--;
  }
  return d;
}

/**
 * A property cell that holds "-" (or nothing) plus watermark noise the OCR picked up
 * ("- 100", "I- 27", "F-", "· · ·", "K7110", "_").
 */
export function isEmptyCell(raw: string): boolean {
  const v = raw.replace(/(\\\s*)+/g, ' ').replace(/[·_|]/g, ' ').trim();
  if (v === '') return true;
  const dash = /^[A-Za-z\[]{0,5}\s*-(.*)$/.exec(v);
  if (dash && (!/[A-Za-z]{3,}/.test(dash[1] ?? '') || /^[\sA-Z]{1,9}$/.test(dash[1] ?? ''))) return true;
  if (/^(ERROR|OK)\s*-$/.test(v)) return true;
  if (/^(Reference|Max(imum)? Response Time|Parameter Saving Mode)\b/.test(v)) return true;
  return /^[A-Z0-9-]{1,6}$/.test(v) && !/^(SAVE|-?\d+m?s)$/i.test(v);
}

export function parseSavingMode(raw: string | null): { value: SavingMode | null; problem?: string } {
  if (raw === null) return { value: null };
  const v = raw.replace(/(\\\s*)+/g, ' ').trim();
  if (/AUTO_SAVE_REBOOT/.test(v)) return { value: 'AUTO_SAVE_REBOOT' };
  if (/AT&W_SAVE/.test(v)) return { value: 'AT&W_SAVE' };
  if (/AUTO_SAVE/.test(v)) return { value: 'AUTO_SAVE' };
  if (/NO[_ ]SAVE/.test(v)) return { value: 'NO_SAVE' };
  if (isEmptyCell(v)) return { value: null };
  return { value: null, problem: `saving mode "${v}" is not one of NO_SAVE/AUTO_SAVE/AUTO_SAVE_REBOOT/AT&W_SAVE` };
}

export function parseMaxTime(raw: string | null): { value: number | null; problem?: string } {
  if (raw === null) return { value: null };
  const v = raw.replace(/(\\\s*)+/g, ' ').trim();
  if (isEmptyCell(v)) return { value: null };
  const toMs = (n: string, unit: string) => (/^ms$/i.test(unit) ? Number(n) : Number(n) * 1000);
  const def = /default:?\s*(\d+)\s*(ms|s)\b/i.exec(v);
  if (def) {
    const value = toMs(def[1] ?? '0', def[2] ?? 'ms');
    return /range/i.test(v) ? { value, problem: `"${v}": took the default` } : { value };
  }
  const m = /^(\d+)\s*(ms|s)\b/i.exec(v);
  if (m) return { value: toMs(m[1] ?? '0', m[2] ?? 'ms') };
  return { value: null, problem: `max response time "${v}" not understood` };
}

export function parseReference(raw: string | null): { value: string | null; problem?: string } {
  if (raw === null) return { value: null };
  const v = raw.replace(/(\\\s*)+/g, ' ').trim();
  const m = /3GPP TS \d+\.\d+(?: \[\d+\])?|V\.25ter|Vendor|ITU-T \S+/i.exec(v);
  if (m) return { value: m[0] };
  if (isEmptyCell(v)) return { value: null };
  return { value: null, problem: `reference "${v}" not understood` };
}

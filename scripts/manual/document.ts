// Splits the cleaned manual text into chapters and numbered sections, and reads the table of
// contents and each chapter's "Overview" command table.

import { collectKnownNames, removeFooters, stripMarkdown, cleanInline } from './clean.js';
import { applyTextFixes } from './corrections.js';
import type { Report } from './report.js';

export interface Section {
  /** "7.2.12" */
  number: string;
  chapter: number;
  /** Heading text after the number, markdown removed: "AT+CMGS Send message". */
  heading: string;
  /** 1-based line number of the heading in the manual file. */
  line: number;
  /** The section's lines (after footer removal and text fixes), heading excluded. */
  lines: string[];
}

export interface TocEntry {
  section: string;
  /** Command token as printed ("AT+CMGS", "+++"), or '' when the TOC line is mangled. */
  token: string;
  title: string;
}

export interface Chapter {
  number: number;
  title: string;
  /** Command tokens listed by the overview table ("AT+CSQ", "ATD", "+++"). */
  overview: string[];
  sections: Section[];
}

export interface Manual {
  lines: string[];
  toc: TocEntry[];
  chapters: Map<number, Chapter>;
  /** Every numbered section from chapter 2 on, in body order. */
  sections: Section[];
}

const HEADING = /^#{1,6}\s*(?:\*\*)?\s*(\d{1,2}(?:\.\d+)*)(?![.\d])\s*(.*?)\s*(?:\*\*)?\s*$/;

export function parseHeading(line: string): { number: string; text: string } | null {
  const m = HEADING.exec(line);
  if (!m) return null;
  const number = m[1] ?? '';
  const text = stripMarkdown(m[2] ?? '').replace(/\*\*/g, '').trim();
  return { number, text };
}

export function loadManual(raw: string, report: Report): Manual {
  const rawLines = raw.replace(/\r\n?/g, '\n').split('\n');
  const noFooters = removeFooters(rawLines).join('\n');
  const fixed = applyTextFixes(noFooters, report);
  const lines = fixed.split('\n');
  collectKnownNames(fixed);

  // The body starts at chapter 2's heading; everything before is cover, history, TOC, chapter 1.
  const bodyStart = lines.findIndex((l) => /^#\s*2\s+AT Commands According to V\.25TER/i.test(l));
  if (bodyStart < 0) throw new Error('chapter 2 heading not found');
  const toc = parseToc(lines.slice(0, bodyStart));

  const heads: Array<{ idx: number; number: string; text: string }> = [];
  for (let i = bodyStart; i < lines.length; i++) {
    const h = parseHeading(lines[i] ?? '');
    if (h) heads.push({ idx: i, ...h });
  }
  const sections: Section[] = heads.map((h, k) => {
    const next = heads[k + 1]?.idx ?? lines.length;
    return {
      number: h.number,
      chapter: Number(h.number.split('.')[0]),
      heading: h.text,
      line: h.idx + 1,
      lines: lines.slice(h.idx + 1, next),
    };
  });

  const chapters = new Map<number, Chapter>();
  for (const s of sections) {
    if (!s.number.includes('.')) {
      chapters.set(s.chapter, { number: s.chapter, title: cleanChapterTitle(s.heading), overview: [], sections: [] });
    }
  }
  for (const s of sections) {
    const ch = chapters.get(s.chapter);
    if (!ch) continue;
    ch.sections.push(s);
    if (/^\d+\.1$/.test(s.number) && /overview/i.test(s.heading)) ch.overview = parseOverview(s.lines);
  }
  return { lines, toc, chapters, sections };
}

function cleanChapterTitle(t: string): string {
  return cleanInline(t).replace(/\s+/g, ' ').trim();
}

/** The overview table: `Command<TAB>Description` then `AT+X<TAB>...` rows up to the first blank line. */
export function parseOverview(lines: string[]): string[] {
  const start = lines.findIndex((l) => /^Command\tDescription/.test(l));
  if (start < 0) return [];
  const out: string[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const l = lines[i] ?? '';
    if (l.trim() === '') break;
    const cell = (l.split('\t')[0] ?? '').trim();
    if (/^(AT\S+|\+\+\+|A\/)$/.test(cell)) out.push(cell);
  }
  return out;
}

/** TOC lines `\t7.2.12\tAT+CMGS Send message\t140`; mangled ones yield an entry without token. */
export function parseToc(lines: string[]): TocEntry[] {
  const out: TocEntry[] = [];
  const seen = new Set<string>();
  for (const l of lines) {
    const m = /^\t(\d{1,2}\.2\.\d+)\t(.*)$/.exec(l);
    if (!m) continue;
    const section = m[1] ?? '';
    const rest = (m[2] ?? '').split('\t')[0]?.trim() ?? '';
    const t = /^(AT\S+|\+\+\+)\s+(.*)$/.exec(rest);
    const entry: TocEntry = { section, token: t?.[1] ?? '', title: t?.[2]?.trim() ?? rest };
    const key = `${section} ${entry.token}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(entry);
  }
  return out;
}

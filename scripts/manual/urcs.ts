// The "Unsolicited Result Codes" tables of chapters 9-24 and the +CGEV event list of AT+CGEREP.

import type { UrcEntry } from '../../simulator/spec/types.js';
import { cleanInline, knownNames } from './clean.js';
import { URC_FIXES, URC_TABLE_CUTS } from './corrections.js';
import type { Manual } from './document.js';
import { section } from './error-tables.js';
import type { Report } from './report.js';
import { splitSection } from './section-parts.js';

/** "Unsolicited Result Codes" sections (24.3.1 is the unsolicited "+CMMSSEND: <err>" indication). */
export const URC_SECTIONS = ['9.3', '13.4', '14.4', '15.4', '16.4', '17.4', '18.3', '23.4', '24.3.1'];

/**
 * URC rows: a first cell starting with `+` (or an upper-case word such as `UNDER-VOLTAGE WARNING`)
 * starts an entry; further cells and continuation lines are its description.
 */
export function parseUrcRows(lines: string[], chapter: number): UrcEntry[] {
  const out: UrcEntry[] = [];
  let cur: { urc: string; desc: string[] } | null = null;
  let inTable = false;
  const flush = () => {
    if (cur) out.push({ chapter, urc: joinSplitNames(cleanInline(cur.urc)), description: cleanInline(cur.desc.join(' ')) });
    cur = null;
  };
  let gap = false;
  for (const raw of lines) {
    if (raw.trim() === '') {
      gap = true;
      continue;
    }
    const afterGap = gap;
    gap = false;
    const line = raw.replace(/^\s*#+\s*/, '').replace(/\*\*/g, '');
    const cells = line.split('\t').map((c) => c.trim());
    const first = cells[0] ?? '';
    if (/^(URC|Unsolicited codes|MMS Sending)$/i.test(first)) {
      inTable = true;
      continue;
    }
    // A parameter table after the URC table (§9.3 <temp_level>): described under the last URC.
    if (afterGap && /^<[^>]+>/.test(first) && cells.length > 1 && cur) {
      (cur as { desc: string[] }).desc.push(`${first}: ${cells.slice(1).join(' ')}`);
      continue;
    }
    if (/^\+[A-Z]|^[A-Z]{2,}[A-Z -]*(WARNING|:)/.test(first) && (cells.length > 1 || /^\+/.test(first))) {
      flush();
      inTable = true;
      // `+CGEV: ME PDN DEACT <cid>` on its own line, or template and description glued.
      let urc = first;
      let desc = cells.slice(1).filter((c) => c);
      if (cells.length === 1) {
        const g = /^(.*?[>\]A-Z0-9])\s+((?:The|A|When|While|It)\b.*)$/.exec(first);
        if (g) {
          urc = g[1] ?? first;
          desc = [g[2] ?? ''];
        }
      }
      // A third column naming the command (§9.3 "AT Command").
      const cmd = desc.length > 1 && /^AT[+&]\S+$/.test(desc[desc.length - 1] ?? '') ? desc.pop() : undefined;
      if (cmd) desc.push(`(${cmd})`);
      cur = { urc, desc };
      continue;
    }
    if (!inTable || !cur) continue;
    const c = cur as { urc: string; desc: string[] };
    if (cells.length === 1 && c.desc.length === 0 && /^[<\[,]|^[a-z_]+>/.test(first)) {
      // `+CGEV: NW REACT` + `<PDP_type>,<PDP_addr>[,<` + `cid>]`: the template wrapped.
      c.urc = `${c.urc}${/[<\[,]$/.test(c.urc) ? '' : ' '}${first}`;
      continue;
    }
    if (first && cells.length > 1 && !/^\+/.test(first)) {
      // The URC cell wrapped: `+CGEV: NW PDN ACT` + `<cid>[,<wlan_offload>]`.
      c.urc = `${c.urc} ${first}`;
      c.desc.push(...cells.slice(1).filter((x) => x));
      continue;
    }
    c.desc.push(cells.filter((x) => x).join(' '));
  }
  flush();
  return out;
}

/** `<ev ent_type>`, `<cid_other >`: names split at a line wrap, rejoined when the joined name is known. */
function joinSplitNames(s: string): string {
  return s.replace(/<([^<>]*\s[^<>]*)>/g, (m, n: string) => {
    const j = n.replace(/\s+/g, '');
    return knownNames.has(j.toLowerCase()) || /\s$/.test(n) ? `<${j}>` : m;
  });
}

export function parseUrcs(m: Manual, report: Report): UrcEntry[] {
  const out: UrcEntry[] = [];
  // AT+CGEREP (§5.2.10) lists the +CGEV events inside its Defined Values.
  for (const [num, cut] of Object.entries(URC_TABLE_CUTS)) {
    const s = section(m, num);
    if (!s) continue;
    const parts = splitSection(s.lines, '', cut.from);
    const rows = parts.urcRows.filter((l) => !/^\s*(#+\s*)?(\*\*)?NOTE(\*\*)?\s*$/.test(l));
    // Paragraphs between the events ("For PDP context activation, the following ...") and NOTE text are not URCs.
    const urcs = parseUrcRows(
      rows.filter((l) => !/^(The events are valid|For [\w ]+, the following unsolicited)/.test(l.trim())),
      s.chapter,
    );
    out.push(...urcs);
    report.add('urc', num, `${urcs.length} +CGEV events read from the AT+CGEREP Defined Values (p.${cut.page}); descriptions joined heuristically`);
  }
  for (const num of URC_SECTIONS) {
    const s = section(m, num);
    if (!s) {
      report.add('urc', num, 'section not found');
      continue;
    }
    const fix = URC_FIXES[num];
    if (fix) {
      out.push(...fix.entries.map((e) => ({ chapter: s.chapter, urc: e.urc, description: e.description })));
      report.add('urc', num, `URC table restored by hand (p.${fix.page}): ${fix.why}`);
      continue;
    }
    const urcs = parseUrcRows(s.lines, s.chapter);
    if (urcs.length === 0) report.add('urc', num, 'no URC rows found');
    out.push(...urcs);
  }
  return out;
}

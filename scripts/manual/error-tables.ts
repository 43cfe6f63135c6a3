// Code tables: chapter 25 (result codes, CEER, CME, CMS) and the per-service <err> tables of
// chapters 12-24.

import type { CodeEntry, ErrorTables, ResultCodeEntry, ServiceErrorTable } from '../../simulator/spec/types.js';
import { cleanInline } from './clean.js';
import type { Manual, Section } from './document.js';
import type { Report } from './report.js';

/** The per-service tables: section -> service and the parameter the table describes. */
export const SERVICE_TABLES: Record<string, { service: string; param: string }> = {
  '12.3.1': { service: 'HTP', param: 'err' },
  '12.3.2': { service: 'NTP', param: 'err' },
  '13.3.1': { service: 'TCP/IP', param: 'err_info' },
  '13.3.2': { service: 'TCP/IP', param: 'err' },
  '14.3.1': { service: 'HTTP(S)', param: 'statuscode' },
  '14.3.2': { service: 'HTTP(S)', param: 'errcode' },
  '15.3.1': { service: 'FTP(S)', param: 'errcode' },
  '16.3.1': { service: 'MQTT(S)', param: 'err' },
  '17.3.1': { service: 'SSL', param: 'err' },
  '22.3': { service: 'SMTPS', param: 'err' },
  '23.3.1': { service: 'WEBSOCKET', param: 'err' },
  '24.3.2': { service: 'MMS', param: 'err' },
};

export function section(m: Manual, num: string): Section | undefined {
  return m.sections.find((s) => s.number === num);
}

/**
 * Rows `<code><TAB><text>`; lines without a leading code continue the previous row's text.
 * Reading stops at an example line (`AT+CPIN=...`). Rows whose code was lost are returned apart.
 */
export function parseCodeRows(lines: string[]): { entries: CodeEntry[]; lostCodes: string[] } {
  const entries: CodeEntry[] = [];
  const lostCodes: string[] = [];
  let started = false;
  let last: CodeEntry | null = null;
  for (const raw of lines) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '') continue;
    if (/^\s*(#|\*\*)/.test(line) && !/^\s*#+\s*\*\*Defined Values/.test(line)) {
      if (started) break;
      continue;
    }
    if (/^AT[+&]/i.test(line.trim())) break;
    const cells = line.split('\t').map((c) => c.trim());
    const code = /^-?\d+$/.test(cells[0] ?? '') ? Number(cells[0]) : null;
    if (code !== null && cells.length > 1) {
      started = true;
      last = { code, text: cleanInline(cells.slice(1).filter((c) => c).join(' ')) };
      entries.push(last);
      continue;
    }
    if (!started) {
      // A header row (`<err><TAB>Description`) or, in §22.3, rows whose code column was lost.
      if (/\t/.test(line) || /^(Meaning|Description|Code)/i.test(line.trim())) continue;
      if (/^[A-Z][\w /()-]+$/.test(line.trim())) lostCodes.push(line.trim());
      continue;
    }
    if (last && (cells[0] === '' || code === null)) {
      const t = cleanInline(cells.filter((c) => c).join(' '));
      if (t) last.text = `${last.text} ${t}`.trim();
    }
  }
  return { entries, lostCodes };
}

export function parseErrorTables(m: Manual, report: Report): ErrorTables {
  const resultCodes: ResultCodeEntry[] = [];
  const s251 = section(m, '25.1');
  for (const raw of s251?.lines ?? []) {
    const cells = raw.split('\t').map((c) => cleanInline(c));
    if (cells.length >= 3 && /^\d+$/.test(cells[1] ?? '')) {
      resultCodes.push({ verbose: cells[0] ?? '', numeric: Number(cells[1]), description: cells.slice(2).join(' ').trim() });
    }
  }
  if (resultCodes.length === 0) report.add('error-table', '25.1', 'no result codes found');
  const table = (num: string): CodeEntry[] => {
    const s = section(m, num);
    if (!s) {
      report.add('error-table', num, 'section not found');
      return [];
    }
    const { entries } = parseCodeRows(s.lines);
    if (entries.length === 0) report.add('error-table', num, 'no rows found');
    return entries;
  };
  const ceer = table('25.2');
  const cme = table('25.3');
  const cms = table('25.4');

  const services: ServiceErrorTable[] = [];
  for (const [num, meta] of Object.entries(SERVICE_TABLES)) {
    const s = section(m, num);
    if (!s) {
      report.add('error-table', num, 'section not found');
      continue;
    }
    const { entries, lostCodes } = parseCodeRows(s.lines);
    if (lostCodes.length > 0) {
      report.add('error-table', num, `${lostCodes.length} rows lost their code in the manual (left out): ${lostCodes.map((t) => `"${t}"`).join(', ')}`);
    }
    if (entries.length === 0) report.add('error-table', num, 'no rows found');
    services.push({ section: num, service: meta.service, param: meta.param, entries });
  }
  return { resultCodes, ceer, cme, cms, services };
}


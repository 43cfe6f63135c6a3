// The whole generation as a pure function of the manual text: parsed records, output files,
// report and summary. The CLI (scripts/gen-command-table.ts) only reads and writes files.

import type { ChapterSummary, CommandSpec, ErrorTables, UrcEntry } from '../../simulator/spec/types.js';
import { parseErrorTables } from './error-tables.js';
import { parseUrcs } from './urcs.js';
import { buildCommand, commandNameOf } from './command.js';
import { COMMAND_FIXES, OVERVIEW_FIXES, TEXT_FIXES, URC_FIXES } from './corrections.js';
import { loadManual } from './document.js';
import type { Manual } from './document.js';
import { checkExamples } from './example-check.js';
import { commandFileName, orderCommand, toJson } from './output.js';
import { Report } from './report.js';

export const EXPECTED_TOTAL = 267;

export interface GenerateResult {
  commands: CommandSpec[];
  chapters: ChapterSummary[];
  errors: ErrorTables;
  urcs: UrcEntry[];
  report: Report;
  /** Relative path (under the output directory) -> file content. */
  files: Map<string, string>;
  summary: string;
  ok: boolean;
}

export function generate(manualText: string): GenerateResult {
  const report = new Report();
  const manual = loadManual(manualText, report);

  const commands: CommandSpec[] = [];
  for (const s of manual.sections) {
    if (s.chapter < 2 || s.chapter > 24) continue;
    if (!/^\d+\.2\.\d+$/.test(s.number)) continue;
    commands.push(buildCommand(s, report));
  }

  // The examples' command lines through the engine's argument check: each rejection is either a
  // generator bug to fix or a line the manual gets wrong (example-check.test.ts lists those).
  const exampleCheck = checkExamples(commands);
  for (const r of exampleCheck.rejected) report.add('example-contradiction', r.section, `"${r.line}" is rejected: ${r.reason}`, r.command);

  const chapters = buildChapters(manual, commands, report);
  const errors = parseErrorTables(manual, report);
  const urcs = parseUrcs(manual, report);

  // Count check per chapter against the overview.
  const lines: string[] = [];
  let ok = true;
  lines.push('chapter  commands  overview  title');
  for (const ch of chapters) {
    const n = commands.filter((c) => c.chapter === ch.chapter).length;
    const mark = n === ch.commands.length ? '' : '  <-- MISMATCH';
    if (mark) ok = false;
    lines.push(`${String(ch.chapter).padStart(7)}  ${String(n).padStart(8)}  ${String(ch.commands.length).padStart(8)}  ${ch.title}${mark}`);
  }
  const total = commands.length;
  if (total !== EXPECTED_TOTAL) ok = false;
  lines.push(`total commands: ${total} (expected ${EXPECTED_TOTAL})${total === EXPECTED_TOTAL ? '' : '  <-- MISMATCH'}`);
  lines.push(
    `error tables: result codes ${errors.resultCodes.length}, CEER ${errors.ceer.length}, CME ${errors.cme.length}, CMS ${errors.cms.length}, service tables ${errors.services.length}`,
  );
  lines.push(`URCs: ${urcs.length}`);
  lines.push(`example command lines: ${exampleCheck.total}, accepted by the argument check: ${exampleCheck.accepted}`);
  const counts = report.countByKind();
  lines.push(`report items: ${report.items.length}${counts.size ? ` (${[...counts].map(([k, v]) => `${k} ${v}`).join(', ')})` : ''}`);
  const countCheck = lines.join('\n');

  const files = new Map<string, string>();
  const used = new Set<string>();
  for (const c of commands) {
    let file = `commands/${commandFileName(c.section, c.name)}`;
    // Two sections with one number (the TOC has 14.2.7 twice): keep both, never overwrite.
    for (let k = 2; used.has(file); k++) file = file.replace(/(-\d+)?\.json$/, `-${k}.json`);
    used.add(file);
    files.set(file, toJson(orderCommand(c)));
  }
  files.set('errors.json', toJson(errors));
  files.set('chapters.json', toJson(chapters));
  files.set('urcs.json', toJson(urcs));
  files.set('parse-report.txt', renderReport(report, countCheck));

  return { commands, chapters, errors, urcs, report, files, summary: `${countCheck}\n`, ok };
}

function buildChapters(manual: Manual, commands: CommandSpec[], report: Report): ChapterSummary[] {
  const out: ChapterSummary[] = [];
  for (let n = 2; n <= 24; n++) {
    const ch = manual.chapters.get(n);
    if (!ch) {
      report.add('overview', `${n}`, 'chapter heading not found');
      continue;
    }
    let names = ch.overview.map((t) => commandNameOf(t).name);
    if (names.length === 0) report.add('overview', `${n}`, 'no overview table found');
    const fix = OVERVIEW_FIXES[n];
    if (fix) {
      for (const add of fix.add) {
        const idx = fix.after ? names.indexOf(fix.after) + 1 : names.length;
        names.splice(idx > 0 ? idx : names.length, 0, add);
      }
      report.add('overview', `${n}`, `overview table corrected (p.${fix.page}): ${fix.why}`);
    }
    // TOC cross-check: a command in the TOC but not in the overview.
    for (const t of manual.toc.filter((e) => e.section.startsWith(`${n}.2.`) && e.token)) {
      const nm = commandNameOf(t.token).name;
      if (!names.includes(nm) && !fix?.add.includes(nm)) report.add('toc', t.section, `TOC lists ${t.token}, the overview table does not`);
    }
    const body = commands.filter((c) => c.chapter === n).map((c) => c.name);
    for (const b of body) if (!names.includes(b)) report.add('overview', `${n}`, `body section for ${b} not in the overview table`);
    for (const o of names) if (!body.includes(o)) report.add('overview', `${n}`, `overview lists ${o}, no body section found`);
    out.push({ chapter: n, title: ch.title, commands: names });
  }
  // TOC vs body section numbers.
  for (const t of manual.toc) {
    if (!t.token) continue;
    const nm = commandNameOf(t.token).name;
    const c = commands.find((x) => x.section === t.section);
    if (c && c.name !== nm) {
      const elsewhere = commands.find((x) => x.name === nm);
      report.add('toc', t.section, `TOC has ${t.token} at ${t.section}, the body has ${c.name}${elsewhere ? ` (${t.token} is ${elsewhere.section} in the body)` : ''}`);
    }
  }
  return out;
}

function renderReport(report: Report, countCheck: string): string {
  const head = [
    'modemsim command table - parse report',
    'Generated by scripts/gen-command-table.ts from the SIM767XX Series AT Command Manual v1.06 (OCR text).',
    '',
    'Conventions used in the generated records (see scripts/manual/*):',
    '- Forms are classified by the shape of the syntax line: `=?` test, `?` read, `=` (or `[=`) write,',
    '  none exec. Basic commands (ATE, AT&F, ATD, ...): a syntax with a parameter is the write form, one',
    '  without is exec, whatever the manual\'s row label says (ATE[<value>] is write, all args optional).',
    '- Parameter names are lower-case, as the PDF converter left most of them (<serverIP> -> serverip).',
    '- args are the argument slots of the first syntax line of a form. When the lines of a form take different',
    '  slots, alternatives holds one slot list per syntax line, in the manual\'s order (the first equals args):',
    '  keyword-dispatched lines (AT+HTTPPARA="URL",<url> / AT+HTTPPARA="CONNECTTO",<conn_timeout>), mode-',
    '  dependent ones (AT+CMGS=<da>[,<toda>] in text mode / AT+CMGS=<length> in PDU mode), lines that add',
    '  positions (AT+CIPSEND=<link_num> / AT+CIPSEND=<link_num>,<length> / ...). A command line is valid when',
    '  it fits one list (simulator/spec/arguments.ts matchArguments); lines are never merged into one list.',
    '  No alternatives when every line takes the same slots.',
    '- A literal slot - a fixed value the syntax writes instead of a parameter ("TCP", "CONNECTTO", 2) - has',
    '  literal set to the value as written, quotes kept, and the same name; it accepts only that value,',
    '  case-insensitively, quoted iff the literal is.',
    '- A position a line leaves empty (AT+CIPOPEN=<link_num>,"UDP",,,<localport>) is optional and takes the',
    '  name another line of the form gives that position (serverip, serverport); with none it is named "".',
    '- type "text": a string the manual accepts with or without double quotes ("with or without double',
    '  quotes", values listed both ways as in `A or "A"`), and the file system names whose examples write them',
    '  unquoted (hand corrections below).',
    '- Mode-dependent values: <stat> of AT+CMGL/AT+CMGW is "REC UNREAD"... in text mode and 0... in PDU mode',
    '  (AT+CMGF). It is one parameter whose values list both modes, type "unknown": the argument check only',
    '  requires a value and the handler checks it against the current mode (param-guess below). Two',
    '  alternatives would need a second, invented parameter name for one syntax position.',
    '- Every command line of the Examples is checked as the engine checks it (the engine\'s command-line',
    '  parser, then matchArguments on the form\'s slot lists); a rejected line is an example-contradiction',
    '  below. scripts/manual/example-check.test.ts lists the ones the manual gets wrong, with the reasons.',
    '- A "Defined Values" parameter whose type the manual does not state is "unknown"; where only a numeric',
    '  range is stated it is "integer" (param-guess below).',
    '- String values in ParamValue.value and default carry quotes, as written on the command line.',
    '- Where a parameter has both enumerated values and ranges, ranges cover every permitted value.',
    '',
    countCheck,
    '',
    'Items by kind:',
    ...[...report.countByKind()].map(([k, v]) => `  ${k}: ${v}`),
    '',
    report.render(),
    '',
    'Hand corrections applied (scripts/manual/corrections.ts):',
    ...TEXT_FIXES.map((f) => `  p.${f.page}: ${f.why}`),
    ...Object.entries(COMMAND_FIXES).map(([sec, f]) => `  p.${f.page} §${sec}: ${f.why}`),
    ...Object.entries(OVERVIEW_FIXES).map(([ch, f]) => `  p.${f.page} chapter ${ch} overview: ${f.why}`),
    ...Object.entries(URC_FIXES).map(([sec, f]) => `  p.${f.page} §${sec} URCs: ${f.why}`),
    '',
  ];
  return head.join('\n');
}

// The command × result matrix: for every AT command the suites sent, one row in manual order,
// one cell per form (=? test, ? read, = write, execute) coloured by the verdict of the tests
// that used it (fail beats not-implemented beats pass), with the result codes seen. Below it,
// every test with its status, and for failures the message and diff. HTML for people,
// Markdown for a pull request.

import { parseCommandBody, stripAtPrefix } from '../../../simulator/core/command-line.js';
import { escapeBytes } from '../../../simulator/core/escape.js';
import { compareSections, loadCommandTable } from '../../../simulator/spec/table.js';
import type { FormKind } from '../../../simulator/spec/types.js';
import { summarize, type RunReport } from '../run.js';
import { isUnsupported, type TestResult, type TestStatus } from '../suite.js';

const FORMS: FormKind[] = ['test', 'read', 'write', 'exec'];
const FORM_LABEL: Record<FormKind, string> = { test: '=?', read: '?', write: '=', exec: 'exec' };
const RANK: Record<TestStatus, number> = { pending: 0, pass: 1, 'not-implemented': 2, fail: 3 };

export interface MatrixCell {
  status: TestStatus;
  finals: Set<string>;
  tests: Set<string>;
}

export interface MatrixRow {
  command: string;
  section: string;
  title: string;
  cells: Partial<Record<FormKind, MatrixCell>>;
}

/** Commands of a line, for the matrix (the line as sent; unparseable lines are skipped). On a
 * line of several commands every one is credited with the line's result. */
function commandsOf(line: string): Array<{ name: string; form: FormKind }> {
  const body = stripAtPrefix(line);
  if (body === undefined) return [];
  const parsed = parseCommandBody(body);
  if (!parsed.ok) return [];
  return parsed.commands.map((c) => ({ name: c.name, form: c.form }));
}

function finalShort(final: string | undefined): string {
  if (final === undefined) return 'none';
  if (/^\+CME ERROR/.test(final)) return 'CME';
  if (/^\+CMS ERROR/.test(final)) return 'CMS';
  if (final === '0') return 'OK';
  if (final === '4') return 'ERROR';
  return final;
}

export function buildMatrix(results: readonly TestResult[]): MatrixRow[] {
  const table = loadCommandTable();
  const rows = new Map<string, MatrixRow>();
  for (const r of results) {
    for (const x of r.exchanges) {
      for (const c of commandsOf(x.command)) {
        const spec = table.get(c.name);
        const key = spec?.name ?? c.name;
        const row = rows.get(key) ?? { command: key, section: spec?.section ?? '', title: spec?.title ?? '(not in the manual)', cells: {} };
        rows.set(key, row);
        const form = spec && spec.syntaxKind !== 'extended' ? 'exec' : c.form;
        const cell = row.cells[form] ?? { status: 'pending', finals: new Set<string>(), tests: new Set<string>() };
        row.cells[form] = cell;
        cell.finals.add(finalShort(x.final));
        cell.tests.add(`${r.suite} › ${r.test}`);
        // This form's own verdict: not implemented if it answered so; failed if its test failed.
        const status: TestStatus = isUnsupported(x.final) ? 'not-implemented' : r.status === 'fail' ? 'fail' : 'pass';
        if (RANK[status] > RANK[cell.status]) cell.status = status;
      }
    }
  }
  return [...rows.values()].sort((a, b) => (a.section && b.section ? compareSections(a.section, b.section) : a.section ? -1 : 1) || a.command.localeCompare(b.command));
}

function displayName(command: string): string {
  return /^[+$#%^*]/.test(command) ? `AT${command}` : `AT${command}`;
}

const SYMBOL: Record<TestStatus, string> = { pass: '✔', fail: '✘', 'not-implemented': 'N/I', pending: '…' };

function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function matrixHtml(report: RunReport): string {
  const rows = buildMatrix(report.results);
  const counts = summarize(report.results);
  const cell = (c: MatrixCell | undefined) =>
    c
      ? `<td class="${c.status}" title="${html([...c.tests].join('\n'))}">${SYMBOL[c.status]} <small>${html([...c.finals].join(' '))}</small></td>`
      : '<td class="none"></td>';
  const matrix = rows
    .map((r) => `<tr><th><code>${html(displayName(r.command))}</code></th><td class="sec">§${html(r.section)}</td><td class="title">${html(r.title)}</td>${FORMS.map((f) => cell(r.cells[f])).join('')}</tr>`)
    .join('\n');
  const tests = report.results
    .map((r) => {
      const detail = r.message ? `<details><summary>${html(r.message.split('\n')[0]!.slice(0, 160))}</summary><pre>${html(r.message)}${r.log.length ? '\n\n' + html(r.log.join('\n')) : ''}</pre></details>` : r.log.length ? `<details><summary>log</summary><pre>${html(r.log.join('\n'))}</pre></details>` : '';
      const cmds = r.exchanges.length ? `<details><summary>${r.exchanges.length} exchange(s)</summary><pre>${html(r.exchanges.map((x) => `> ${escapeBytes(x.command)}\n< ${escapeBytes(x.raw)}`).join('\n'))}</pre></details>` : '';
      return `<tr><td class="${r.status}">${SYMBOL[r.status]} ${r.status}</td><td>${html(r.suite)}</td><td>${html(r.test)}</td><td>${detail}${cmds}</td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>modem-conformance: ${html(report.target)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}
td.pass{background:#d8f5d0}td.fail{background:#f8c9c4}td.not-implemented{background:#fbe9b0}td.pending{background:#e4e4f4}td.none{background:#fafafa}
td.sec{color:#666;white-space:nowrap}td.title{color:#444;font-size:90%}small{color:#555}pre{white-space:pre-wrap;font-size:85%}
.summary span{margin-right:1.2em}
</style></head><body>
<h1>modem-conformance</h1>
<p>Target <code>${html(report.target)}</code> · profile <code>${html(report.profile)}</code> (${html(report.module)}) · ${html(report.startedAt)} · ${(report.durationMs / 1000).toFixed(1)} s</p>
<p class="summary"><span>✔ pass ${counts.pass}</span><span>✘ fail ${counts.fail}</span><span>N/I not implemented ${counts['not-implemented']}</span><span>… pending ${counts.pending}</span></p>
<h2>Commands × forms</h2>
<p>Each cell: the verdict of the tests that sent this form (hover for their names) and the result codes seen.</p>
<table><tr><th>command</th><th>§</th><th>title</th>${FORMS.map((f) => `<th>${FORM_LABEL[f]}</th>`).join('')}</tr>
${matrix}
</table>
<h2>Tests</h2>
<table><tr><th>result</th><th>suite</th><th>test</th><th>details</th></tr>
${tests}
</table>
</body></html>
`;
}

export function matrixMarkdown(report: RunReport): string {
  const rows = buildMatrix(report.results);
  const counts = summarize(report.results);
  const cell = (c: MatrixCell | undefined) => (c ? `${SYMBOL[c.status]} ${[...c.finals].join(' ')}` : '');
  const lines = [
    `# modem-conformance: \`${report.target}\``,
    '',
    `Profile \`${report.profile}\` (${report.module}) · ${report.startedAt} · ${(report.durationMs / 1000).toFixed(1)} s`,
    '',
    `✔ pass ${counts.pass} · ✘ fail ${counts.fail} · N/I not implemented ${counts['not-implemented']} · … pending ${counts.pending}`,
    '',
    '## Commands × forms',
    '',
    `| command | § | ${FORMS.map((f) => FORM_LABEL[f]).join(' | ')} |`,
    `|---|---|${FORMS.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| \`${displayName(r.command)}\` | ${r.section} | ${FORMS.map((f) => cell(r.cells[f])).join(' | ')} |`),
    '',
    '## Tests',
    '',
    '| result | suite | test | note |',
    '|---|---|---|---|',
    ...report.results.map((r) => `| ${SYMBOL[r.status]} ${r.status} | ${r.suite} | ${r.test} | ${(r.message ?? '').split('\n')[0]!.replace(/\|/g, '\\|').slice(0, 200)} |`),
    '',
  ];
  return lines.join('\n');
}

// Fidelity: replays every manual example fixture (fixtures/manual/, from scripts/gen-fixtures.ts)
// against a fresh in-process simulator and prints, per chapter, how many steps (a command and
// its response) were reproduced exactly (markers allowed), by shape only (same lines and final
// code, values differ), or not at all.
//
//     npx tsx scripts/fidelity.ts [--json] [--markdown] [--baseline write|check] [--verbose]
//
// --baseline write  stores per-step levels of every replayable fixture (manual, seeds,
//                   sessions) in fixtures/FIDELITY.json
// --baseline check  exits 1 if any step is reproduced worse than the stored baseline

import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { replay, formatStep } from '../conformance/replay/replayer.js';
import { SimTarget } from '../conformance/targets/sim-target.js';
import { parseTranscript } from '../conformance/transcript/format.js';
import { headerValue } from '../conformance/transcript/transcript.js';
import type { MatchLevel } from '../conformance/transcript/match.js';
import { loadCommandTable } from '../simulator/spec/table.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'fixtures');
const MANUAL = join(FIXTURES, 'manual');
/** Per-step levels of every replayable fixture (manual, seeds, sessions), keyed by path under fixtures/. */
export const BASELINE = join(FIXTURES, 'FIDELITY.json');
const REPLAYABLE_DIRS = ['manual', 'seeds', 'sessions'];
const RANK: Record<MatchLevel, number> = { exact: 2, shape: 1, differ: 0 };

export interface FixtureFidelity {
  file: string;
  chapter: number;
  levels: MatchLevel[];
}

function transcriptsUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(dir, f))
    .sort();
}

export function manualFixtures(): string[] {
  return transcriptsUnder(MANUAL);
}

/** Every fixture that replays against the simulator (manual examples, seed flows, sessions). */
export function replayableFixtures(): string[] {
  return REPLAYABLE_DIRS.flatMap((d) => transcriptsUnder(join(FIXTURES, d)));
}

export async function measureFixture(path: string, verbose = false): Promise<FixtureFidelity> {
  const t = parseTranscript(readFileSync(path, 'latin1'), path);
  const target = new SimTarget();
  await target.open();
  try {
    const r = await replay(t, target);
    if (verbose) for (const s of r.steps) if (s.level !== 'exact') process.stdout.write(`${relative(ROOT, path)}\n${formatStep(s)}\n`);
    return { file: relative(FIXTURES, path), chapter: Number(headerValue(t, 'chapter') ?? 0), levels: r.steps.map((s) => s.level) };
  } finally {
    await target.close();
  }
}

export async function measureAll(files: readonly string[] = manualFixtures(), verbose = false): Promise<FixtureFidelity[]> {
  const out: FixtureFidelity[] = [];
  for (const f of files) out.push(await measureFixture(f, verbose));
  return out;
}

interface ChapterRow {
  chapter: number;
  title: string;
  fixtures: number;
  steps: number;
  exact: number;
  shape: number;
  differ: number;
}

export function perChapter(results: readonly FixtureFidelity[]): ChapterRow[] {
  const titles = new Map(loadCommandTable().chapters.map((c) => [c.chapter, c.title]));
  const rows = new Map<number, ChapterRow>();
  for (const r of results) {
    const row = rows.get(r.chapter) ?? { chapter: r.chapter, title: titles.get(r.chapter) ?? '', fixtures: 0, steps: 0, exact: 0, shape: 0, differ: 0 };
    rows.set(r.chapter, row);
    row.fixtures++;
    for (const l of r.levels) {
      row.steps++;
      row[l]++;
    }
  }
  return [...rows.values()].sort((a, b) => a.chapter - b.chapter);
}

function total(rows: readonly ChapterRow[]): ChapterRow {
  return rows.reduce((t, r) => ({ ...t, fixtures: t.fixtures + r.fixtures, steps: t.steps + r.steps, exact: t.exact + r.exact, shape: t.shape + r.shape, differ: t.differ + r.differ }), {
    chapter: 0,
    title: 'all chapters',
    fixtures: 0,
    steps: 0,
    exact: 0,
    shape: 0,
    differ: 0,
  });
}

function pct(n: number, of: number): string {
  return of === 0 ? '  -' : `${Math.round((100 * n) / of)}%`.padStart(4);
}

export function formatTable(rows: readonly ChapterRow[]): string {
  const all = total(rows);
  const line = (r: ChapterRow, label: string) =>
    `${label.padEnd(44)} ${String(r.fixtures).padStart(8)} ${String(r.steps).padStart(6)} ${String(r.exact).padStart(6)} ${pct(r.exact, r.steps)} ${String(r.shape).padStart(6)} ${pct(r.shape, r.steps)} ${String(r.differ).padStart(6)} ${pct(r.differ, r.steps)}`;
  return [
    `${'chapter'.padEnd(44)} fixtures  steps  exact        shape        failed`,
    ...rows.map((r) => line(r, `${String(r.chapter).padStart(2)} ${r.title}`.slice(0, 44))),
    line(all, '   all chapters'),
  ].join('\n');
}

export function formatMarkdown(rows: readonly ChapterRow[]): string {
  const all = total(rows);
  const line = (r: ChapterRow, label: string) => `| ${label} | ${r.fixtures} | ${r.steps} | ${r.exact} | ${r.shape} | ${r.differ} |`;
  return ['| chapter | fixtures | steps | exact | by shape | failed |', '|---|---:|---:|---:|---:|---:|', ...rows.map((r) => line(r, `${r.chapter} ${r.title}`)), line(all, '**all**')].join('\n');
}

/** Steps reproduced worse than the baseline (file, step, was, now). */
export function regressions(results: readonly FixtureFidelity[], baseline: Record<string, MatchLevel[]>): string[] {
  const out: string[] = [];
  for (const r of results) {
    const before = baseline[r.file];
    if (!before) continue;
    before.forEach((was, i) => {
      const now = r.levels[i] ?? 'differ';
      if (RANK[now] < RANK[was]) out.push(`${r.file} step ${i + 1}: was ${was}, now ${now}`);
    });
  }
  return out;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { json: { type: 'boolean' }, markdown: { type: 'boolean' }, baseline: { type: 'string' }, verbose: { type: 'boolean' } }, strict: true });
  const all = await measureAll(replayableFixtures(), Boolean(values.verbose));
  const results = all.filter((r) => r.file.startsWith('manual/'));
  const rows = perChapter(results);
  if (values.json) process.stdout.write(JSON.stringify({ chapters: rows, total: total(rows) }, null, 2) + '\n');
  else if (values.markdown) process.stdout.write(formatMarkdown(rows) + '\n');
  else process.stdout.write(formatTable(rows) + '\n');
  if (values.baseline === 'write') {
    writeFileSync(BASELINE, JSON.stringify(Object.fromEntries(all.map((r) => [r.file, r.levels])), null, 1) + '\n');
    process.stdout.write(`baseline written to ${relative(ROOT, BASELINE)}\n`);
  } else if (values.baseline === 'check') {
    const worse = regressions(all, JSON.parse(readFileSync(BASELINE, 'utf8')) as Record<string, MatchLevel[]>);
    if (worse.length > 0) {
      process.stdout.write(`${worse.length} step(s) reproduced worse than the baseline:\n${worse.join('\n')}\n`);
      process.exitCode = 1;
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

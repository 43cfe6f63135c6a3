// The command table at run time: the generated records of the manual (simulator/spec/generated,
// written by scripts/gen-command-table.ts) plus the V.250 registers the manual uses without a
// section of their own (extras.ts), looked up by name.
//
// The records are immutable data shared by every simulator instance; loading happens once.

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { V250_EXTRAS } from './extras.js';
import type { ChapterSummary, CommandSpec, ErrorTables, UrcEntry } from './types.js';

const GENERATED_DIR = join(dirname(fileURLToPath(import.meta.url)), 'generated');

export class CommandTable {
  private readonly byName = new Map<string, CommandSpec>();

  constructor(
    /** The manual's commands, in manual order. */
    readonly manual: readonly CommandSpec[],
    /** Commands V.250 defines that the manual uses but does not describe (S-registers, X...). */
    readonly extras: readonly CommandSpec[],
    readonly errors: ErrorTables,
    readonly chapters: readonly ChapterSummary[],
    readonly urcs: readonly UrcEntry[],
  ) {
    for (const spec of [...manual, ...extras]) {
      if (!this.byName.has(spec.name)) this.byName.set(spec.name, spec);
    }
  }

  get(name: string): CommandSpec | undefined {
    return this.byName.get(name.toUpperCase());
  }

  all(): CommandSpec[] {
    return [...this.manual, ...this.extras];
  }

  cmeText(code: number): string | undefined {
    return this.errors.cme.find((e) => e.code === code)?.text;
  }

  cmsText(code: number): string | undefined {
    return this.errors.cms.find((e) => e.code === code)?.text;
  }
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Orders "7.2.2" before "7.2.12". */
export function compareSections(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

let cached: CommandTable | undefined;

/** The committed table (loaded on first use). */
export function loadCommandTable(dir = GENERATED_DIR): CommandTable {
  if (dir === GENERATED_DIR && cached) return cached;
  const commandsDir = join(dir, 'commands');
  const manual = readdirSync(commandsDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => readJson<CommandSpec>(join(commandsDir, f)))
    .sort((a, b) => compareSections(a.section, b.section));
  const table = new CommandTable(
    manual,
    V250_EXTRAS,
    readJson<ErrorTables>(join(dir, 'errors.json')),
    readJson<ChapterSummary[]>(join(dir, 'chapters.json')),
    readJson<UrcEntry[]>(join(dir, 'urcs.json')),
  );
  if (dir === GENERATED_DIR) cached = table;
  return table;
}

// Generates the committed command table from the SIM767XX AT Command Manual v1.06 (OCR text).
//
//   npx tsx scripts/gen-command-table.ts [--manual <path>] [--out <dir>]
//
// Writes simulator/spec/generated/{commands/*.json, errors.json, chapters.json, urcs.json,
// parse-report.txt}, prints a summary, and exits non-zero when the command count is not 267 or a
// chapter's count disagrees with its overview table.

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './manual/generate.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const manualPath = resolve(argValue('--manual') ?? join(repo, '..', 'shared', 'seeds', '003_2042d665980a0891.txt'));
const outDir = resolve(argValue('--out') ?? join(repo, 'simulator', 'spec', 'generated'));

const result = generate(readFileSync(manualPath, 'utf8'));

const commandsDir = join(outDir, 'commands');
mkdirSync(commandsDir, { recursive: true });
for (const f of readdirSync(commandsDir)) if (f.endsWith('.json')) rmSync(join(commandsDir, f));
for (const [file, text] of result.files) {
  const path = join(outDir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

process.stdout.write(result.summary);
process.exitCode = result.ok ? 0 : 1;

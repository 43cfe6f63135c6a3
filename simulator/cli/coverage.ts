// The coverage report: per manual chapter, how many commands have real behaviour, how many are
// only recognised (syntax-checked, `=?` answered, everything else `+CME ERROR: operation not
// supported`), and which ones those are. Computed from the table and the handler registry, so
// it cannot drift from what the simulator does.

import { ALL_HANDLERS } from '../handlers/index.js';
import type { CommandHandler } from '../core/handler.js';
import type { CommandTable } from '../spec/table.js';
import type { CommandSpec, FormKind } from '../spec/types.js';

/** Commands whose behaviour lives in the engine rather than in a handler, and where. */
export const ENGINE_IMPLEMENTED: Readonly<Record<string, string>> = {
  '+++': 'AtChannel data mode: escape with 1 s guard times (simulator/core/at-channel.ts)',
};

export type CommandStatus = 'implemented' | 'partial' | 'recognised';

export interface CommandCoverage {
  name: string;
  section: string;
  chapter: number;
  status: CommandStatus;
  /** Forms the manual lists that no handler implements (test forms answered from the table count as done). */
  missingForms: FormKind[];
}

export interface ChapterCoverage {
  chapter: number;
  title: string;
  total: number;
  implemented: number;
  partial: number;
  recognised: number;
}

function coverageOf(spec: CommandSpec, handler: CommandHandler | undefined): CommandCoverage {
  const base = { name: spec.name, section: spec.section, chapter: spec.chapter };
  if (ENGINE_IMPLEMENTED[spec.name]) return { ...base, status: 'implemented', missingForms: [] };
  const forms = (Object.keys(spec.forms) as FormKind[]).filter((f) => f !== 'test' || !spec.testAnswer);
  if (!handler) return { ...base, status: 'recognised', missingForms: forms };
  const isBasic = spec.syntaxKind !== 'extended';
  const missing = forms.filter((f) => {
    if (handler[f]) return false;
    // Basic commands: ATE and ATE1 are one command; either function serves both forms.
    return !(isBasic && (f === 'write' || f === 'exec') && (handler.write || handler.exec));
  });
  return { ...base, status: missing.length === 0 ? 'implemented' : 'partial', missingForms: missing };
}

export function computeCoverage(table: CommandTable, handlers: readonly CommandHandler[] = ALL_HANDLERS): { commands: CommandCoverage[]; chapters: ChapterCoverage[]; extras: CommandCoverage[] } {
  const byName = new Map(handlers.map((h) => [h.name, h]));
  const commands = table.manual.map((s) => coverageOf(s, byName.get(s.name)));
  const extras = table.extras.map((s) => coverageOf(s, byName.get(s.name)));
  const chapters = table.chapters.map((c) => {
    const list = commands.filter((x) => x.chapter === c.chapter);
    return {
      chapter: c.chapter,
      title: c.title,
      total: list.length,
      implemented: list.filter((x) => x.status === 'implemented').length,
      partial: list.filter((x) => x.status === 'partial').length,
      recognised: list.filter((x) => x.status === 'recognised').length,
    };
  });
  return { commands, chapters, extras };
}

export function formatCoverage(report: ReturnType<typeof computeCoverage>, options: { list?: boolean } = {}): string {
  const lines: string[] = [];
  lines.push('chapter                                      implemented  partial  recognised-only  total');
  let impl = 0;
  let part = 0;
  let rec = 0;
  for (const c of report.chapters) {
    impl += c.implemented;
    part += c.partial;
    rec += c.recognised;
    lines.push(`${String(c.chapter).padStart(2)} ${c.title.slice(0, 40).padEnd(42)} ${String(c.implemented).padStart(11)} ${String(c.partial).padStart(8)} ${String(c.recognised).padStart(16)} ${String(c.total).padStart(6)}`);
  }
  const total = report.commands.length;
  lines.push(`   ${'all chapters'.padEnd(42)} ${String(impl).padStart(11)} ${String(part).padStart(8)} ${String(rec).padStart(16)} ${String(total).padStart(6)}`);
  const extrasDone = report.extras.filter((e) => e.status === 'implemented').length;
  lines.push(`   V.250 extras (S-registers, ATX): ${extrasDone}/${report.extras.length} implemented`);
  if (options.list !== false) {
    const partial = report.commands.filter((c) => c.status === 'partial');
    if (partial.length > 0) {
      lines.push('', 'partial (forms answering "operation not supported"):');
      for (const c of partial) lines.push(`  ${c.section.padEnd(8)} AT${c.name}  missing: ${c.missingForms.join(', ')}`);
    }
    const recognised = report.commands.filter((c) => c.status === 'recognised');
    if (recognised.length > 0) {
      lines.push('', 'recognised only (every form but =? answers "+CME ERROR: operation not supported"):');
      for (const ch of report.chapters) {
        const names = recognised.filter((c) => c.chapter === ch.chapter).map((c) => c.name);
        if (names.length > 0) lines.push(`  ${String(ch.chapter).padStart(2)}: ${names.join(' ')}`);
      }
    }
  }
  return lines.join('\n');
}

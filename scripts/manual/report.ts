// Collects everything the generator could not parse or had to guess, for parse-report.txt.

export type ReportKind =
  | 'correction-unused'
  | 'toc'
  | 'overview'
  | 'no-forms'
  | 'syntax'
  | 'syntax-override'
  | 'args-missing'
  | 'param-missing'
  | 'param-untyped'
  | 'param-no-values'
  | 'param-guess'
  | 'param-values'
  | 'test-answer-missing'
  | 'test-answer-contradiction'
  | 'example-contradiction'
  | 'saving-mode'
  | 'max-response-time'
  | 'reference'
  | 'examples'
  | 'description'
  | 'error-table'
  | 'urc'
  | 'schema';

export interface ReportItem {
  kind: ReportKind;
  /** Section number or table id the item is about ('' for global items). */
  where: string;
  /** Command name, when the item is about a command. */
  command?: string;
  message: string;
}

export class Report {
  readonly items: ReportItem[] = [];

  add(kind: ReportKind, where: string, message: string, command?: string): void {
    const item: ReportItem = { kind, where, message };
    if (command !== undefined) item.command = command;
    this.items.push(item);
  }

  countByKind(): Map<ReportKind, number> {
    const m = new Map<ReportKind, number>();
    for (const i of this.items) m.set(i.kind, (m.get(i.kind) ?? 0) + 1);
    return new Map([...m.entries()].sort((a, b) => a[0].localeCompare(b[0])));
  }

  /** Items grouped by `where`, in section order. */
  render(): string {
    const bySection = new Map<string, ReportItem[]>();
    for (const i of this.items) {
      const key = i.command ? `${i.where} ${i.command}` : i.where || '(global)';
      const list = bySection.get(key) ?? [];
      list.push(i);
      bySection.set(key, list);
    }
    const keys = [...bySection.keys()].sort(compareWhere);
    const out: string[] = [];
    for (const k of keys) {
      out.push(`[${k}]`);
      for (const i of bySection.get(k) ?? []) out.push(`  - ${i.kind}: ${i.message}`);
    }
    return out.join('\n');
  }
}

/** Orders "2.2.10 E" after "2.2.9 V"; non-numeric keys first. */
export function compareWhere(a: string, b: string): number {
  const na = a.match(/^(\d+(?:\.\d+)*)/)?.[1];
  const nb = b.match(/^(\d+(?:\.\d+)*)/)?.[1];
  if (!na && !nb) return a.localeCompare(b);
  if (!na) return -1;
  if (!nb) return 1;
  const pa = na.split('.').map(Number);
  const pb = nb.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return a.localeCompare(b);
}

// Deterministic JSON output: fixed key order per record type, 2-space indent, trailing newline.

import type { ArgSlot, CommandSpec, FormSpec, ParamSpec } from '../../simulator/spec/types.js';

const COMMAND_KEYS: Array<keyof CommandSpec> = [
  'name', 'syntaxKind', 'title', 'section', 'chapter', 'description', 'forms', 'params',
  'testAnswer', 'testAnswerSource', 'savingMode', 'maxResponseTimeMs', 'reference', 'examples', 'notes',
];
const FORM_KEYS: Array<keyof FormSpec> = ['syntax', 'args', 'alternatives', 'response'];
const PARAM_KEYS: Array<keyof ParamSpec> = ['name', 'type', 'values', 'ranges', 'maxLength', 'default', 'description'];

function pick<T extends object>(obj: T, keys: Array<keyof T>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (obj[k] !== undefined) out[k as string] = obj[k];
  return out;
}

function orderSlot(a: ArgSlot): Record<string, unknown> {
  return a.literal === undefined ? { name: a.name, optional: a.optional } : { name: a.name, optional: a.optional, literal: a.literal };
}

/** A CommandSpec with its keys in schema order. */
export function orderCommand(c: CommandSpec): Record<string, unknown> {
  const o = pick(c, COMMAND_KEYS);
  const forms: Record<string, unknown> = {};
  for (const k of ['test', 'read', 'write', 'exec'] as const) {
    const f = c.forms[k];
    if (!f) continue;
    const form: Record<string, unknown> = { ...pick(f, FORM_KEYS), args: f.args.map(orderSlot) };
    if (f.alternatives) form.alternatives = f.alternatives.map((l) => l.map(orderSlot));
    forms[k] = form;
  }
  o.forms = forms;
  o.params = c.params.map((p) => {
    const q = pick(p, PARAM_KEYS);
    if (p.values) q.values = p.values.map((v) => (v.isDefault ? { value: v.value, description: v.description, isDefault: true } : { value: v.value, description: v.description }));
    if (p.ranges) q.ranges = p.ranges.map((r) => ({ min: r.min, max: r.max }));
    return q;
  });
  return o;
}

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** File slug for a command name: `+CMGS` -> `CMGS`, `+++` -> `PLUSPLUSPLUS`, `&V` -> `AMP_V`, `A/` -> `A_SLASH`. */
export function nameSlug(name: string): string {
  if (name === '+++') return 'PLUSPLUSPLUS';
  if (name === 'A/') return 'A_SLASH';
  return name
    .replace(/^\+/, '')
    .replace(/&/g, 'AMP_')
    .replace(/\$/g, 'DOLLAR_')
    .replace(/#/g, 'HASH_')
    .replace(/[^A-Za-z0-9_]/g, '_');
}

/** `07.2.12-CMGS.json`: chapter zero-padded so the files sort in manual order. */
export function commandFileName(section: string, name: string): string {
  const [ch, ...rest] = section.split('.');
  return `${String(ch).padStart(2, '0')}.${rest.join('.')}-${nameSlug(name)}.json`;
}

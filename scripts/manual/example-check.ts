// The manual's example command lines against the command table, the way the engine checks a
// command line before any handler runs (simulator/core/modem.ts dispatch): the line is split into
// commands by the engine's parser, each command must exist with the form it uses, and a write
// form's arguments (a basic command's number or dial string) must fit one of the form's slot
// lists (matchArguments). Used by the generator (example-contradiction items of the report) and
// by example-check.test.ts.

import { matchArguments, slotListsFor, splitArguments } from '../../simulator/spec/arguments.js';
import { parseCommandBody, stripAtPrefix } from '../../simulator/core/command-line.js';
import type { CommandSpec } from '../../simulator/spec/types.js';

/** A line of an example block that is a command line: it starts with AT (any case). */
export function isCommandLine(line: string): boolean {
  return /^AT/i.test(line.trim());
}

/**
 * The line without the manual's remark after the command: a `// comment`, or prose in
 * parentheses after a space (`AT+CGNSSINFO (if not fix, will report null)`). Inside a quoted
 * string neither is a remark (`"http://..."`).
 */
export function stripComment(line: string): string {
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c === '/' && line[i + 1] === '/') return line.slice(0, i).trimEnd();
    else if (!inQuotes && /\s/.test(c ?? '') && /^\s+\([a-z]+ /.test(line.slice(i))) return line.slice(0, i).trimEnd();
  }
  return line.trimEnd();
}

/** The command lines of a record's examples, comments removed, in order (duplicates kept). */
export function exampleCommandLines(spec: CommandSpec): string[] {
  return spec.examples.flatMap((b) => b.lines.filter(isCommandLine).map((l) => stripComment(l.trim())));
}

export type LineCheck = { ok: true } | { ok: false; reason: string };

/** Whether the engine would accept the command line's syntax and arguments. */
export function checkCommandLine(line: string, lookup: (name: string) => CommandSpec | undefined): LineCheck {
  const body = stripAtPrefix(line);
  if (body === undefined) return { ok: false, reason: 'no AT prefix' };
  const parsed = parseCommandBody(body);
  if (!parsed.ok) return { ok: false, reason: `command line syntax: ${parsed.reason}` };
  for (const command of parsed.commands) {
    const spec = lookup(command.name);
    if (!spec) return { ok: false, reason: `no record for ${command.name}` };
    const { form } = command;
    const isBasic = spec.syntaxKind !== 'extended';
    const declared = isBasic && (form === 'write' || form === 'exec') ? Boolean(spec.forms.write ?? spec.forms.exec) : Boolean(spec.forms[form]);
    if (!declared) return { ok: false, reason: `${spec.name} has no ${form} form` };
    if (form === 'write' || (isBasic && command.argText !== '')) {
      const split = splitArguments(command.argText);
      if (!split.ok) return { ok: false, reason: `${spec.name}: ${split.reason}` };
      const matched = matchArguments(spec, slotListsFor(spec, form), split.tokens);
      if (!matched.ok) return { ok: false, reason: `${spec.name}: ${matched.reason}` };
    }
  }
  return { ok: true };
}

export interface ExampleRejection {
  section: string;
  command: string;
  line: string;
  reason: string;
}

/** Every example command line of every record, checked; the rejected ones with their reasons. */
export function checkExamples(commands: readonly CommandSpec[]): { total: number; accepted: number; rejected: ExampleRejection[] } {
  const byName = new Map<string, CommandSpec>();
  for (const c of commands) if (!byName.has(c.name)) byName.set(c.name, c);
  const lookup = (name: string) => byName.get(name.toUpperCase());
  let total = 0;
  const rejected: ExampleRejection[] = [];
  for (const c of commands) {
    for (const line of exampleCommandLines(c)) {
      total++;
      const r = checkCommandLine(line, lookup);
      if (!r.ok) rejected.push({ section: c.section, command: c.name, line, reason: r.reason });
    }
  }
  return { total, accepted: total - rejected.length, rejected };
}

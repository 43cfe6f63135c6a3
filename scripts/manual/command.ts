// Assembles a CommandSpec from one "C.2.N" section of the manual.

import type { ArgSlot, CommandSpec, CommandSyntaxKind, FormKind, FormSpec, ParamSpec } from '../../simulator/spec/types.js';
import { cleanInline, cleanText } from './clean.js';
import { parseCommandTable, parseMaxTime, parseReference, parseSavingMode } from './command-table.js';
import { COMMAND_FIXES, URC_TABLE_CUTS } from './corrections.js';
import type { Section } from './document.js';
import { cleanExampleLines, groupExamples, testAnswerFromExamples } from './examples.js';
import { buildParams, readParamRows } from './params.js';
import type { Report } from './report.js';
import { splitSection } from './section-parts.js';
import { classifySyntax, formSlots, parseArgs, syntaxTail } from './syntax.js';
import { buildTestAnswer, canonicalAnswer, compareAnswerWithParams } from './test-answer.js';

export function commandNameOf(token: string): { name: string; syntaxKind: CommandSyntaxKind } {
  const t = token.replace(/\s+/g, '').toUpperCase();
  if (t === '+++' || t === 'A/') return { name: t, syntaxKind: 'special' };
  const rest = t.replace(/^AT/, '');
  if (/^[+$#]/.test(rest)) return { name: rest, syntaxKind: 'extended' };
  return { name: rest, syntaxKind: 'basic' };
}

const FORM_ORDER: FormKind[] = ['test', 'read', 'write', 'exec'];

export function buildCommand(section: Section, report: Report): CommandSpec {
  const headingMatch = /^(AT\s*[+&$#]?\s*[A-Z0-9]+|\+\+\+|A\/)\s+(.*)$/i.exec(section.heading);
  if (!headingMatch) throw new Error(`${section.number}: heading "${section.heading}" has no command`);
  const { name, syntaxKind } = commandNameOf(headingMatch[1] ?? '');
  const title = cleanInline(headingMatch[2] ?? '');
  const where = section.number;
  const add = (kind: Parameters<Report['add']>[0], msg: string) => report.add(kind, where, msg, name);
  const fix = COMMAND_FIXES[section.number];

  const parts = splitSection(section.lines, name, URC_TABLE_CUTS[section.number]?.from);

  // Description: the paragraphs before the table; lines with tabs are OCR ghosts of table rows.
  const description = paragraphs(parts.description.filter((l) => !/\t/.test(l) && !/^\s*#/.test(l)))
    .map((p) => cleanInline(p))
    .filter((p) => p !== '')
    .join('\n');
  if (!description) add('description', 'no description paragraph before the command table');

  // Command table.
  const table = parseCommandTable(parts.table, name);
  for (const p of table.problems) {
    // A form whose syntax a correction supplies: its missing syntax line is already reported as an override.
    const k = /^(test|read|write|exec) row without/.exec(p)?.[1] as FormKind | undefined;
    if (k && fix?.syntax?.[k]) continue;
    add('syntax', p);
  }
  const rawForms = new Map(table.forms.map((f) => [f.kind, f]));
  if (fix?.syntax) {
    for (const [kind, lines] of Object.entries(fix.syntax) as Array<[FormKind, string[]]>) {
      const f = rawForms.get(kind) ?? { kind, syntax: [], response: [] };
      f.syntax = lines;
      rawForms.set(kind, f);
      add('syntax-override', `${kind} syntax set by hand (p.${fix.page}): ${fix.why}`);
    }
  }
  for (const k of fix?.dropForms ?? []) rawForms.delete(k);

  // Forms with argument slots.
  const forms: Partial<Record<FormKind, FormSpec>> = {};
  for (const kind of FORM_ORDER) {
    const f = rawForms.get(kind);
    if (!f) continue;
    if (f.syntax.length === 0) add('syntax', `${kind} form has a response but no syntax line`);
    let args: ArgSlot[] = [];
    let alternatives: ArgSlot[][] | undefined;
    if (kind === 'write' || (kind === 'exec' && syntaxKind === 'basic')) {
      const lists: ArgSlot[][] = [];
      for (const s of f.syntax) {
        const pa = parseArgs(s, name);
        for (const p of pa.problems) add('syntax', p);
        lists.push(pa.args);
      }
      ({ args, alternatives } = formSlots(lists));
      if (kind === 'write' && args.length === 0 && f.syntax.some((s) => /[<=]/.test(s.replace(/^AT[^=]*=?/, '')))) {
        add('args-missing', `write form without argument slots: ${JSON.stringify(f.syntax)}`);
      }
    }
    for (const s of f.syntax) {
      if (classifySyntax(s, name) !== kind) add('syntax', `"${s}" filed under ${kind}`);
    }
    forms[kind] = alternatives ? { syntax: f.syntax, args, alternatives, response: f.response } : { syntax: f.syntax, args, response: f.response };
  }
  // `AT+CMGL[=<stat>]`, `AT+CGCONTRDP[=<cid>]`: the `=` itself is optional, so the bare command
  // is the execute form (27.005 §3.4.2: +CMGL without <stat> lists "REC UNREAD"). The manual
  // files such a line under Write Command only; give the command its execute form too.
  const write = forms.write;
  if (syntaxKind === 'extended' && write && !forms.exec && write.syntax.some((s) => /^\s*\[\s*=/.test(syntaxTail(s, name)))) {
    forms.exec = { syntax: write.syntax.filter((s) => /^\s*\[\s*=/.test(syntaxTail(s, name))), args: [], response: write.response };
  }
  if (Object.keys(forms).length === 0) add('no-forms', 'no command form found in the table');

  const saving = parseSavingMode(table.savingRaw);
  if (saving.problem) add('saving-mode', saving.problem);
  const maxTime = parseMaxTime(table.maxTimeRaw);
  if (maxTime.problem) add('max-response-time', maxTime.problem);
  const reference = parseReference(table.referenceRaw);
  if (reference.problem) add('reference', reference.problem);

  // Defined Values.
  const argNames = new Set<string>();
  for (const k of ['write', 'exec'] as FormKind[]) for (const a of slotsOf(forms[k])) if (a.literal === undefined) argNames.add(a.name);
  for (const k of ['test'] as FormKind[]) {
    for (const l of forms[k]?.response ?? []) for (const m of l.matchAll(/<([^<>]+)>/g)) argNames.add((m[1] ?? '').toLowerCase());
  }
  const rows = readParamRows(parts.definedValues);
  const built = buildParams(rows, argNames);
  let params: ParamSpec[] = dedupeParams(built.params, (msg) => add('param-guess', msg));
  // Untyped parameters: one item per argument (validation depends on it), one summary line for
  // the response-only ones.
  const untypedResp: string[] = [];
  const guessed: string[] = [];
  for (const p of built.problems) {
    // A type a correction sets makes the generator's doubt about it moot.
    const about = /^<([^>]+)>:/.exec(p.message)?.[1] ?? (p.kind === 'param-untyped' ? p.message : undefined);
    const fixedType = about !== undefined ? fix?.params?.[about]?.type : undefined;
    if (fixedType !== undefined && fixedType !== 'unknown' && (p.kind === 'param-guess' || p.kind === 'param-untyped')) continue;
    const g = /^<([^>]+)>: type integer guessed from its range$/.exec(p.message);
    if (g) guessed.push(`<${g[1]}>`);
    else if (p.kind !== 'param-untyped') add(p.kind, p.message);
    else if (argNames.has(p.message)) add('param-untyped', `<${p.message}> (argument): the manual does not give its type`);
    else untypedResp.push(`<${p.message}>`);
  }
  if (untypedResp.length > 0) add('param-untyped', `response/other parameters without a stated type: ${untypedResp.join(', ')}`);
  if (guessed.length > 0) add('param-guess', `type not stated, integer taken from the stated range: ${guessed.join(', ')}`);
  if (fix?.params) {
    for (const [pname, patch] of Object.entries(fix.params)) {
      const p = params.find((x) => x.name === pname);
      if (!p) {
        add('param-missing', `correction for <${pname}> found no such parameter`);
        continue;
      }
      Object.assign(p, patch);
      for (const [k, v] of Object.entries(patch)) if (v === undefined) delete (p as unknown as Record<string, unknown>)[k];
    }
  }
  if (fix?.addParams) params = [...params, ...fix.addParams];

  // Every name used in a syntax needs a ParamSpec.
  const known = new Set(params.map((p) => p.name));
  for (const kind of FORM_ORDER) {
    for (const a of slotsOf(forms[kind])) {
      if (a.name === '' || a.literal !== undefined) continue;
      if (!known.has(a.name)) add('param-missing', `<${a.name}> (${kind} argument) has no Defined Values entry`);
    }
  }

  // Examples.
  const exLines = cleanExampleLines(parts.examples);
  const examples = groupExamples(exLines);
  if (examples.length === 0) add('examples', 'no examples');
  if (parts.examplesHeadingMissing) add('examples', 'no "Examples" heading; examples taken from the lines after Defined Values');

  // Test answer.
  let testAnswer: string[] | undefined;
  let testAnswerSource: 'example' | 'template' | undefined;
  const test = forms.test;
  if (test && fix?.testAnswer) {
    testAnswer = fix.testAnswer;
    testAnswerSource = 'template';
    add('syntax-override', `test answer set by hand (p.${fix.page}): ${fix.why}`);
  } else if (test) {
    const fromExample = testAnswerFromExamples(exLines, name);
    const fromTemplate = buildTestAnswer(test.response, name, params);
    if (fromExample) {
      testAnswer = fromExample;
      testAnswerSource = 'example';
      if (fromTemplate.lines && canonicalAnswer(fromTemplate.lines) !== canonicalAnswer(fromExample)) {
        add('test-answer-contradiction', `example answers ${JSON.stringify(fromExample)}, template + Defined Values give ${JSON.stringify(fromTemplate.lines)}; kept the example`);
      } else if (!fromTemplate.lines || canonicalAnswer(fromTemplate.lines) === canonicalAnswer(fromExample)) {
        const writeArgs = (rawForms.get('write')?.syntax ?? []).map((s) => parseArgs(s, name).args);
        for (const msg of new Set(compareAnswerWithParams(fromExample, writeArgs, params))) add('test-answer-contradiction', `${msg}; testAnswer follows the example, params keep Defined Values`);
      }
    } else if (fromTemplate.lines) {
      testAnswer = fromTemplate.lines;
      testAnswerSource = 'template';
    } else {
      add('test-answer-missing', fromTemplate.problem ?? 'no test answer');
    }
  }

  // Notes.
  const notes = parts.notes
    .flatMap((n) => paragraphs(n))
    .map((p) => cleanText(p).replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p !== '');

  const spec: CommandSpec = {
    name,
    syntaxKind,
    title,
    section: section.number,
    chapter: section.chapter,
    description,
    forms,
    params,
    savingMode: fix && 'savingMode' in fix ? (fix.savingMode ?? null) : saving.value,
    maxResponseTimeMs: fix && 'maxResponseTimeMs' in fix ? (fix.maxResponseTimeMs ?? null) : maxTime.value,
    reference: fix && 'reference' in fix ? (fix.reference ?? null) : reference.value,
    examples,
    notes,
  };
  if (testAnswer !== undefined) {
    spec.testAnswer = testAnswer;
    if (testAnswerSource) spec.testAnswerSource = testAnswerSource;
  }
  return spec;
}

/** Every slot of a form, over all its syntax lines (a name once). */
function slotsOf(form: FormSpec | undefined): ArgSlot[] {
  const all = (form?.alternatives ?? [form?.args ?? []]).flat();
  return all.filter((a, i) => all.findIndex((b) => b.name === a.name) === i);
}

/** Blank-line separated paragraphs, lines of a paragraph joined with a space. */
export function paragraphs(lines: string[]): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  for (const l of lines) {
    if (l.trim() === '') {
      if (cur.length > 0) out.push(cur.join(' '));
      cur = [];
    } else cur.push(l.trim());
  }
  if (cur.length > 0) out.push(cur.join(' '));
  return out;
}

/**
 * The manual repeats some rows: the same row twice (`<body>`, `<ct>`) is dropped; a name with
 * several rows (ATD `<n>`: digits, then emergency number) gets the descriptions joined. Two rows
 * with different values or types are reported.
 */
function dedupeParams(params: ParamSpec[], report: (msg: string) => void): ParamSpec[] {
  const seen = new Map<string, ParamSpec>();
  const out: ParamSpec[] = [];
  for (const p of params) {
    const prev = seen.get(p.name);
    if (prev) {
      if (prev.description === p.description) continue;
      if (p.values && prev.values) report(`<${p.name}> defined twice with different values; kept the first row's values`);
      if (!prev.values && p.values) prev.values = p.values;
      if (prev.type === 'unknown') prev.type = p.type;
      prev.description = `${prev.description}\n${p.description}`;
      continue;
    }
    seen.set(p.name, p);
    out.push(p);
  }
  return out;
}

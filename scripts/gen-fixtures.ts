// Generates fixtures/manual/: one transcript per example block of the manual, from the
// command table's `examples` (simulator/spec/generated/commands/*.json), with variable fields
// marked. Run after the table changes:
//
//     npx tsx scripts/gen-fixtures.ts
//
// How a block becomes a transcript (the manual omits <CR><LF> and the echo, §1.4):
//   - a line starting with AT (or A/, +++) is a command: sent with <CR>; the fixture header
//     says E0, so no echo is expected;
//   - the lines after it are its response: information text framed <CR><LF>text<CR><LF>, then
//     the final result code; lines after the final code are URCs, each framed on its own;
//   - ">text<ctrl-Z/ESC>" is the data prompt: "> " expected, then text + Ctrl-Z sent
//     (">12345" after a command with a length argument is sent without Ctrl-Z);
//   - "// comment" parts and prose lines become `#` comments; the manual's own lines are kept
//     as comments at the top so a reader can compare;
//   - SMS examples marked "//TEXT MODE" or showing text-mode <stat> strings ("REC UNREAD")
//     start in text mode (CMGF=1 in the header settings);
//   - values that differ per unit, time or network are replaced by markers: the clock, IMEI,
//     IMSI, ICCID, revision, signal levels, IP addresses.
// OCR damage the table still carries (Cyrillic "ОК", "http: //") is repaired here only as far
// as needed to make a sendable line; the fidelity report shows what remains.

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandSpec } from '../simulator/spec/types.js';
import { serializeTranscript } from '../conformance/transcript/format.js';
import { normalizeSegments, type Entry, type Segment, type Transcript } from '../conformance/transcript/transcript.js';
import { unescapePayload } from '../conformance/transcript/format.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const COMMANDS = join(ROOT, 'simulator', 'spec', 'generated', 'commands');
const OUT = join(ROOT, 'fixtures', 'manual');

const FINAL = /^(OK|ERROR|NO CARRIER|BUSY|NO ANSWER|NO DIALTONE|CONNECT(?: .*)?|\+CME ERROR: .*|\+CMS ERROR: .*)$/;
const COMMAND = /^(AT|at|At|A\/|\+\+\+)/;

/** Repairs what the OCR broke in a way that matters on the wire. */
function clean(line: string): string {
  return line
    .replace(/[ОО][КK]/g, 'OK')
    .replace(/(https?|tcp|ftp|ws): \/\//g, '$1://')
    .replace(/\u00a0/g, ' ')
    .trim();
}

/** Splits "text // comment" (not "http://"). */
function splitComment(line: string): { text: string; comment?: string } {
  const m = /(^|\s)\/\/(.*)$/.exec(line);
  if (!m || /[a-z]:$/i.test(line.slice(0, m.index).trimEnd())) return { text: line };
  return { text: line.slice(0, m.index).trim(), comment: m[2]!.trim() };
}

/** Index of the first character outside quotes matching `test`, or -1. */
function outsideQuotes(text: string, test: (c: string, i: number) => boolean): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (!quoted && test(text[i]!, i)) return i;
  }
  return -1;
}

/** A command line as sent: cut at prose the manual put after it; "… OK" glued responses split. */
function commandPart(line: string): { command: string; trailing?: string; note?: string } {
  const space = outsideQuotes(line, (c) => c === ' ');
  if (space < 0) return { command: line };
  const rest = line.slice(space + 1).trim();
  if (rest === 'OK' || FINAL.test(rest)) return { command: line.slice(0, space), trailing: rest };
  return { command: line.slice(0, space), note: rest };
}

function isProse(line: string): boolean {
  return /^[a-z(]/.test(line) && /\s/.test(line) && !/^[a-z]+:/.test(line);
}

/** Marks the values that legitimately differ (markers of FORMAT.md). */
function markVariables(line: string, command: string): Segment[] {
  let text = line
    .replace(/\\/g, '\\\\')
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n');
  const c = command.toUpperCase();
  const rules: Array<[RegExp, string]> = [
    [/"\d\d\/\d\d\/\d\d,\d\d:\d\d:\d\d(?:[+-]\d\d?)?"/g, '"\\{clock}"'],
    [/^(IMEI: )\d{15}$/, '$1\\{imei}'],
    [/^(\+SIMEI: )\d{15}$/, '$1\\{imei}'],
    [/^(\+ICCID: )[0-9A-F]{18,20}$/, '$1\\{iccid}'],
    [/^(\+CGMR: )\S+$/, '$1\\{firmware}'],
    [/^(Revision: ?)\S+$/, '$1\\{firmware}'],
    [/^(\+CSQ: )\d+,\d+$/, '$1\\{signal},\\{signal}'],
    [/^(\+CPMUTEMP: )-?\d+$/, '$1\\{signal}'],
    [/^(\+CBC: )\d+\.\d+V$/, '$1\\{text}'],
    [/\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/g, '\\{ip}'],
  ];
  for (const [re, to] of rules) text = text.replace(re, to);
  if (/^AT\+C?GSN$/.test(c) && /^\d{15}$/.test(line)) text = '\\{imei}';
  if (/^AT\+CIMI$/.test(c) && /^\d{6,15}$/.test(line)) text = '\\{imsi}';
  if (/^AT\+CPSI\?$/.test(c) && /^(\+CPSI:|[A-Z]+,)/.test(line)) text = line.startsWith('+CPSI:') ? '+CPSI:\\{text}' : '\\{text}';
  return unescapePayload(text);
}

interface Step {
  command: string;
  prompt?: { body: string; ctrlZ: boolean };
  lines: string[];
  comments: string[];
}

function parseBlock(lines: readonly string[]): { steps: Step[]; comments: string[]; textMode: boolean } {
  const steps: Step[] = [];
  const comments: string[] = [];
  let textMode = false;
  for (const raw of lines) {
    const { text: cleaned, comment } = splitComment(clean(raw));
    if (comment) {
      (steps[steps.length - 1]?.comments ?? comments).push(comment);
      if (/TEXT MODE/i.test(comment)) textMode = true;
    }
    const line = cleaned;
    if (!line) continue;
    if (COMMAND.test(line)) {
      const part = commandPart(line);
      const step: Step = { command: part.command, lines: [], comments: part.note ? [part.note] : [] };
      if (part.trailing) step.lines.push(part.trailing);
      steps.push(step);
      continue;
    }
    const current = steps[steps.length - 1];
    if (!current) {
      comments.push(line);
      continue;
    }
    const prompt = /^>\s?(.*)$/.exec(line);
    if (prompt && !current.prompt && current.lines.length === 0) {
      const body = prompt[1]!.replace(/<ctrl-?Z[^>]*>.*$/i, '');
      const lengthArg = /=(\d+)(?:,(\d+))?/.exec(current.command);
      const fixedLength = lengthArg !== null && [lengthArg[1], lengthArg[2]].includes(String(body.length)) && !/<ctrl/i.test(prompt[1]!);
      current.prompt = { body, ctrlZ: !fixedLength };
      const rest = /<ctrl-?Z[^>]*>\s*(.*)$/i.exec(prompt[1]!)?.[1];
      if (rest) current.lines.push(rest);
      continue;
    }
    if (isProse(line)) {
      current.comments.push(line);
      continue;
    }
    const glued = /^(OK|ERROR)\s+([a-z].*)$/.exec(line);
    if (glued) {
      current.lines.push(glued[1]!);
      current.comments.push(glued[2]!);
      continue;
    }
    current.lines.push(line);
  }
  return { steps, comments, textMode };
}

function stepEntries(step: Step): Entry[] {
  const entries: Entry[] = [];
  for (const c of step.comments) entries.push({ kind: 'comment', text: c });
  // `+++` is not a command line: no <CR> (manual §2.2.3).
  entries.push({ kind: 'data', dir: '>', segments: [step.command === '+++' ? '+++' : step.command + '\r'] });
  if (step.prompt) {
    entries.push({ kind: 'data', dir: '<', segments: ['\r\n> '] });
    entries.push({ kind: 'data', dir: '>', segments: [step.prompt.body + (step.prompt.ctrlZ ? '\x1a' : '')] });
  }
  const finalAt = step.lines.findIndex((l) => FINAL.test(l));
  const info = finalAt < 0 ? step.lines : step.lines.slice(0, finalAt);
  const after = finalAt < 0 ? [] : step.lines.slice(finalAt + 1);
  const response: Segment[] = [];
  if (info.length > 0) {
    response.push('\r\n');
    info.forEach((l) => response.push(...markVariables(l, step.command), '\r\n'));
  }
  if (finalAt >= 0) response.push('\r\n', ...markVariables(step.lines[finalAt]!, step.command), '\r\n');
  for (const urc of after) response.push('\r\n', ...markVariables(urc, step.command), '\r\n');
  if (response.length > 0) entries.push({ kind: 'data', dir: '<', segments: normalizeSegments(response) });
  return entries;
}

function fixtureFor(spec: CommandSpec, file: string, index: number, total: number): Transcript | undefined {
  const block = spec.examples[index]!;
  const { steps, comments, textMode } = parseBlock(block.lines);
  if (steps.length === 0) return undefined;
  const display = spec.syntaxKind === 'extended' ? `AT${spec.name}` : spec.name === '+++' || spec.name === 'A/' ? spec.name : `AT${spec.name}`;
  // SMS examples in text mode: marked "//TEXT MODE", or showing text-mode <stat> strings.
  const textStats = block.lines.some((l) => /"(REC|STO) (UNREAD|READ|UNSENT|SENT)"/.test(l));
  const settings = `E0 V1 Q0 CMEE=2${textMode || textStats ? ' CMGF=1' : ''}`;
  const t: Transcript = {
    version: 1,
    header: [
      { key: 'title', value: `${display} example ${index + 1} of ${total} (manual §${spec.section})` },
      { key: 'module', value: 'SIM767XX (manual example)' },
      { key: 'profile', value: 'sim767xx' },
      { key: 'manual', value: `§${spec.section} ${display} ${spec.title}` },
      { key: 'chapter', value: String(spec.chapter) },
      { key: 'settings', value: settings },
      { key: 'source', value: `scripts/gen-fixtures.ts from simulator/spec/generated/commands/${file}, examples[${index}]` },
    ],
    entries: [
      { kind: 'comment', text: 'The manual prints:' },
      ...block.lines.map((l): Entry => ({ kind: 'comment', text: `  ${l}` })),
      ...comments.map((c): Entry => ({ kind: 'comment', text: c })),
      ...steps.flatMap(stepEntries),
    ],
  };
  return t;
}

function main(): void {
  rmSync(OUT, { recursive: true, force: true });
  let written = 0;
  let skipped = 0;
  for (const file of readdirSync(COMMANDS).filter((f) => f.endsWith('.json')).sort()) {
    const spec = JSON.parse(readFileSync(join(COMMANDS, file), 'utf8')) as CommandSpec;
    const chapterDir = join(OUT, String(spec.chapter).padStart(2, '0'));
    spec.examples.forEach((_, i) => {
      const t = fixtureFor(spec, file, i, spec.examples.length);
      if (!t) {
        skipped++;
        return;
      }
      mkdirSync(chapterDir, { recursive: true });
      const name = `${file.replace(/\.json$/, '')}-${i + 1}.txt`;
      writeFileSync(join(chapterDir, name), serializeTranscript(t, { layout: 'lines' }));
      written++;
    });
  }
  process.stdout.write(`fixtures/manual: ${written} transcripts written, ${skipped} example blocks without a command line skipped\n`);
}

main();

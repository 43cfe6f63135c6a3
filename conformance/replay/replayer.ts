// The replayer: drives a target from a transcript and compares what it prints with what the
// transcript recorded, step by step, with variable fields normalised (markers) and a readable
// diff for every step that differs.
//
// Steps: each run of DTE→module (`>`) entries is one step; the module output (`<`) up to the
// next `>` is what that step expects. Output before the first `>` (start-up URCs) is not
// replayed. `!` events of the form `control: <action> <json>` (what the simulator's session log
// writes) are run on targets that have a control channel, so a session with injected SMS
// replays with the same SMS.
//
// Before the steps, the module is brought to the transcript's header settings (`E0 V1 CMEE=2`,
// CMGF, CSDH when given), since a capture starts from whatever state its module was in.
//
// Timing: a silence of 0.9 s or more before a DTE entry in a timed transcript is kept (up to
// 5 s), so escape guard times and timeouts replay; shorter gaps are not waited.
//
// A step is complete when its expected output has matched exactly, or when the target has
// printed as many final result codes / prompts as the expected output has and then fallen
// quiet, or on timeout.

import { escapeBytes } from '../../simulator/core/escape.js';
import { compare, diffPayload, formatDiff, payloadRegex, sampleText, type DiffLine, type MatchLevel } from '../transcript/match.js';
import type { MarkerValues } from '../transcript/markers.js';
import { headerValue, isLossy, parseSettings, segmentsToBytes, type Segment, type Transcript } from '../transcript/transcript.js';
import type { Target } from '../targets/target.js';
import { loadCommandTable } from '../../simulator/spec/table.js';
import { parseCommandBody, stripAtPrefix } from '../../simulator/core/command-line.js';

/**
 * How long a step may take: the longest "Max Response Time" the manual gives for the commands
 * on the line (AT+COPS=? scans the network for minutes), plus a second, never less than
 * `floor`.
 */
export function stepTimeout(sent: string, floor: number): number {
  const body = stripAtPrefix(sent.replace(/\r$/, ''));
  if (body === undefined) return floor;
  const parsed = parseCommandBody(body);
  if (!parsed.ok) return floor;
  const table = loadCommandTable();
  const longest = Math.max(0, ...parsed.commands.map((c) => table.get(c.name)?.maxResponseTimeMs ?? 0));
  return Math.max(floor, Math.min(longest + 1000, 600_000));
}

export interface ReplayOptions {
  /** Values for markers in DTE entries (a redacted PIN is sent as `pin`). */
  values?: MarkerValues;
  /** Per-step timeout (target clock), at least; a command's manual Max Response Time raises it. Default 10 s. */
  stepTimeoutMs?: number;
  /** Quiet period after the last expected final code before a step counts as complete. */
  settleMs?: number;
  /** Skip bringing the module to the header settings. */
  noSetup?: boolean;
  onStep?: (step: ReplayStep) => void;
}

export interface ReplayStep {
  index: number;
  /** What was sent (escaped, markers substituted). */
  sent: string;
  expected: Segment[];
  actual: string;
  level: MatchLevel;
  diff?: DiffLine[];
  /** Control actions run before this step (with their failure, if any). */
  events: string[];
}

export interface ReplayResult {
  lossy: boolean;
  steps: ReplayStep[];
  counts: Record<MatchLevel, number>;
  setup: string[];
}

interface PlannedStep {
  send: Segment[];
  expect: Segment[];
  events: string[];
  /** Silence the recording had before this step's first byte, in seconds (when timed). */
  pauseBefore?: number;
}

/** Splits a transcript into steps. */
export function planSteps(t: Transcript): PlannedStep[] {
  const steps: PlannedStep[] = [];
  let current: PlannedStep | undefined;
  let events: string[] = [];
  let lastDir: string | undefined;
  let lastAt: number | undefined;
  for (const e of t.entries) {
    if (e.kind === 'event') {
      if (/^control: /.test(e.text)) events.push(e.text.replace(/^control: /, ''));
      continue;
    }
    if (e.kind !== 'data') continue;
    if (e.dir === '>') {
      const pause = e.at !== undefined && lastAt !== undefined ? e.at - lastAt : 0;
      if (current && lastDir === '>' && events.length === 0 && pause < 0.9) current.send.push(...e.segments);
      else {
        current = { send: [...e.segments], expect: [], events };
        if (e.at !== undefined && lastAt !== undefined) current.pauseBefore = e.at - lastAt;
        events = [];
        steps.push(current);
      }
    } else if (current) current.expect.push(...e.segments);
    lastDir = e.dir;
    if (e.at !== undefined) lastAt = e.at;
  }
  return steps;
}

const FINAL_LINE = /(?:^|\r\n|\r|\n)(?:OK|ERROR|NO CARRIER|BUSY|NO ANSWER|NO DIALTONE|CONNECT(?: [^\r\n]*)?|\+CM[ES] ERROR: [^\r\n]*)\r\n|(?:^|\n)\d\r(?!\n)|(?:^|\n)> ?$/g;

/** How many final result codes and prompts `text` holds. */
export function countFinals(text: string): number {
  return (text.match(FINAL_LINE) ?? []).length;
}

function parseControl(event: string): { action: string; params: Record<string, unknown> } | undefined {
  const brace = event.indexOf('{');
  const action = (brace < 0 ? event : event.slice(0, brace)).trim();
  if (!action) return undefined;
  try {
    return { action, params: brace < 0 ? {} : (JSON.parse(event.slice(brace)) as Record<string, unknown>) };
  } catch {
    return undefined;
  }
}

/** The commands that bring a module to the transcript header's settings. */
export function setupCommands(t: Transcript): string[] {
  const s = parseSettings(headerValue(t, 'settings'));
  const basic = ['E', 'V', 'Q'].filter((k) => s[k] !== undefined).map((k) => `${k}${s[k]}`);
  const out: string[] = [];
  if (basic.length > 0) out.push(`AT${basic.join('')}`);
  for (const k of ['CMEE', 'CMGF', 'CSDH', 'CSCS']) if (s[k] !== undefined) out.push(`AT+${k}=${s[k]}`);
  return out;
}

export async function replay(t: Transcript, target: Target, options: ReplayOptions = {}): Promise<ReplayResult> {
  const timeout = options.stepTimeoutMs ?? 10_000;
  const settle = options.settleMs ?? 100;
  const setup = options.noSetup ? [] : setupCommands(t);
  await target.drain(50);
  for (const line of setup) await target.command(line, { quietMs: 300 });
  await target.drain(50);
  const steps: ReplayStep[] = [];
  const counts: Record<MatchLevel, number> = { exact: 0, shape: 0, differ: 0 };
  const planned = planSteps(t);
  let carry = '';
  for (let i = 0; i < planned.length; i++) {
    const p = planned[i]!;
    const ran: string[] = [];
    for (const ev of p.events) {
      const c = parseControl(ev);
      if (c && target.control) {
        try {
          await target.control.run(c.action, c.params);
          ran.push(ev);
        } catch (e) {
          ran.push(`${ev} — FAILED: ${(e as Error).message}`);
        }
      } else ran.push(`${ev} — not run: the target has no control channel`);
    }
    // Pauses that matter on the wire (guard times around +++, timeouts) are kept: a recorded
    // silence of 0.9 s or more is waited again, up to 5 s.
    if (p.pauseBefore !== undefined && p.pauseBefore >= 0.9) await target.sleep(Math.min(p.pauseBefore, 5) * 1000);
    const bytes = segmentsToBytes(p.send, { pin: '1234', ...options.values });
    const limit = stepTimeout(bytes.toString('latin1'), timeout);
    await target.write(bytes);
    const regex = payloadRegex(p.expect);
    const prefix = new RegExp(regex.source.replace(/\$$/, ''));
    const wanted = countFinals(sampleText(p.expect));
    let quietSince: number | undefined;
    let lastLength = -1;
    const before = carry;
    const collected = await target.collect((fresh) => {
      const text = before + fresh;
      if (regex.test(text)) return true;
      if (p.expect.length > 0 && prefix.test(text)) return true;
      if (text.length !== lastLength) {
        lastLength = text.length;
        quietSince = target.now();
      }
      const enough = wanted > 0 ? countFinals(text) >= wanted : p.expect.length === 0 || text.length >= sampleText(p.expect).length;
      return enough && quietSince !== undefined && target.now() - quietSince >= settle;
    }, limit);
    let actual = before + collected;
    carry = '';
    // Output that ran ahead of the recording (an echo that crossed the next write on the wire)
    // belongs to the next step.
    const head = prefix.exec(actual);
    if (!regex.test(actual) && p.expect.length > 0 && head && head.index === 0) {
      carry = actual.slice(head[0].length);
      actual = head[0];
    }
    const level = compare(p.expect, actual);
    const step: ReplayStep = { index: i, sent: escapeBytes(bytes), expected: p.expect, actual, level, events: ran };
    if (level !== 'exact') step.diff = diffPayload(p.expect, actual);
    counts[level]++;
    steps.push(step);
    options.onStep?.(step);
  }
  return { lossy: isLossy(t), steps, counts, setup };
}

export function formatStep(step: ReplayStep): string {
  const mark = step.level === 'exact' ? '✔ exact ' : step.level === 'shape' ? '≈ shape ' : '✘ differ';
  const head = `${step.events.map((e) => `  ! ${e}\n`).join('')}${mark} ${step.sent}`;
  if (!step.diff) return head;
  return `${head}\n${formatDiff(step.diff, '      ')}`;
}

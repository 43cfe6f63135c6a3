// Expectations on exchanges, with failure messages a person can act on: what was sent, what
// came back (escaped, so \r\n is visible) and a line diff against what the manual says.

import { escapeBytes } from '../../simulator/core/escape.js';
import { parseTranscript } from '../transcript/format.js';
import { diffPayload, formatDiff, matchesExactly } from '../transcript/match.js';
import type { Segment } from '../transcript/transcript.js';
import type { Exchange } from '../targets/target.js';
import { ExpectationFailed } from './suite.js';

function describeExchange(x: Exchange): string {
  return `sent ${JSON.stringify(x.command)}; got ${x.timedOut ? '(timed out) ' : ''}"${escapeBytes(x.raw)}"`;
}

export function fail(message: string): never {
  throw new ExpectationFailed(message);
}

/**
 * Expected bytes written as in a transcript (`\r\n`, `\x20`, markers like `\{imei}`): the
 * response must match exactly, markers matching any value of their shape.
 */
export function expectRaw(x: Exchange, expected: string, why = ''): void {
  const segments = payload(expected);
  if (matchesExactly(segments, x.raw)) return;
  fail(`${why ? why + ': ' : ''}${x.command} answered differently\n${formatDiff(diffPayload(segments, x.raw))}`);
}

/** Parses the escaped-text notation of expectRaw into segments. */
export function payload(escaped: string): Segment[] {
  const t = parseTranscript(`# modemsim-transcript 1\n< ${escaped}\n`);
  const e = t.entries[0];
  return e && e.kind === 'data' ? e.segments : [];
}

export function expectFinal(x: Exchange, final: string | RegExp, why = ''): void {
  const ok = typeof final === 'string' ? x.final === final : final.test(x.final ?? '');
  if (!ok) fail(`${why ? why + ': ' : ''}expected final result ${String(final)}; ${describeExchange(x)}`);
}

/** Each information line must match the pattern at its position; no more, no fewer lines. */
export function expectLines(x: Exchange, patterns: ReadonlyArray<string | RegExp>, why = ''): void {
  const problems: string[] = [];
  if (x.lines.length !== patterns.length) problems.push(`expected ${patterns.length} information line(s), got ${x.lines.length}`);
  patterns.forEach((p, i) => {
    const line = x.lines[i];
    const ok = line !== undefined && (typeof p === 'string' ? line === p : p.test(line));
    if (!ok) problems.push(`line ${i + 1}: expected ${typeof p === 'string' ? JSON.stringify(p) : String(p)}, got ${line === undefined ? 'nothing' : JSON.stringify(line)}`);
  });
  if (problems.length > 0) fail(`${why ? why + ': ' : ''}${problems.join('; ')}; ${describeExchange(x)}`);
}

export function expectTrue(condition: boolean, message: string): asserts condition {
  if (!condition) fail(message);
}

export function expectEqual<T>(actual: T, expected: T, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) fail(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/**
 * The data prompt of 27.005 §3.5.1: the bytes up to the prompt must be the echo (under ATE1)
 * and <CR><LF>"> " — with the space. Fails with a diff of those bytes.
 */
export function expectPrompt(x: Exchange, why = 'the data prompt (27.005 §3.5.1: <CR><LF> then "> ", with the space)'): void {
  if (x.prompt === undefined) fail(`${why}: ${x.command} printed no prompt; ${describeExchange(x)}`);
  const at = x.raw.lastIndexOf('\r\n>', x.raw.length);
  const start = x.raw.indexOf('\r\n>');
  const end = (start >= 0 ? start : at) + 2 + x.prompt.length;
  const actual = x.raw.slice(0, end);
  const expected = payload(`${x.echo !== undefined ? escapeBytes(x.command + '\r') : ''}\\r\\n>\\x20`);
  if (matchesExactly(expected, actual)) return;
  fail(`${why}: ${x.command} prompted differently\n${formatDiff(diffPayload(expected, actual))}`);
}

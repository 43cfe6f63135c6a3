// Runs the manual's Examples blocks (the `examples` of the generated command records) against
// a simulator, so a chapter's test can assert that every example reproduces byte for byte.
//
// An example block is a list of lines as the manual prints them: a line starting with "AT" is
// a command, the lines after it are what the module answers, ending with a final result code.
// The runner sends each command (echo off, so the answer is only the module's) and compares
// the answer's lines with the manual's, from the first line up to the final result code.
// URCs printed after it (`+CPIN: READY` after AT+CPIN=<pin>) are not part of the comparison
// unless the manual prints them.
//
// Where the state the manual's module was in matters (a card whose PIN2 is blocked, a GPIO
// already an output), the test gives a `setup` that runs before the block; where the manual's
// text is damaged or contradicts itself, a `correction` replaces the expected lines and says why.

import type { CommandSpec } from '../spec/types.js';
import type { ModemHarness } from './harness.js';

export interface ExampleStep {
  command: string;
  /** Lines the manual prints for it, the final result code last. */
  expected: string[];
}

export interface ExampleFix {
  /** Runs before the block (state the manual's module was in). */
  setup?: (h: ModemHarness) => Promise<void>;
  /** Replacement for the block's lines, and the reason. */
  correction?: { lines: string[]; why: string };
}

const FINAL = /^(OK|ERROR|CONNECT.*|NO CARRIER|BUSY|NO ANSWER|NO DIALTONE|\+CME ERROR: .*|\+CMS ERROR: .*)$/;

/** Splits a block's lines into commands and the answers that follow them. */
export function parseExample(lines: readonly string[]): ExampleStep[] {
  const steps: ExampleStep[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (/^AT/i.test(line)) steps.push({ command: line, expected: [] });
    else steps.at(-1)?.expected.push(line);
  }
  return steps;
}

/** The module's answer as lines (echo off), up to and including the final result code. */
export function answerLines(output: string): string[] {
  const lines = output.split(/\r\n|\r|\n/).filter((l) => l !== '');
  const end = lines.findIndex((l) => FINAL.test(l));
  return end < 0 ? lines : lines.slice(0, end + 1);
}

export interface ExampleOutcome {
  command: string;
  expected: string[];
  actual: string[];
}

/** Runs one block; returns what each command answered next to what the manual prints. */
export async function runExample(h: ModemHarness, lines: readonly string[]): Promise<ExampleOutcome[]> {
  const outcomes: ExampleOutcome[] = [];
  for (const step of parseExample(lines)) {
    const actual = answerLines(await h.command(step.command));
    outcomes.push({ command: step.command, expected: step.expected, actual });
  }
  return outcomes;
}

/** The blocks of a command with the fixes applied, numbered as in the record. */
export function examplesOf(spec: CommandSpec, fixes: Readonly<Record<number, ExampleFix>> = {}): Array<{ index: number; lines: string[]; fix?: ExampleFix }> {
  return spec.examples.map((e, index) => ({ index, lines: fixes[index]?.correction?.lines ?? e.lines, fix: fixes[index] }));
}

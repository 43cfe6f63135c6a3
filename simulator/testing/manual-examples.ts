// Runs the manual's Examples blocks (the `examples` of the generated command records) against
// the simulator, so each chapter's test asserts that its examples reproduce: one runner for
// every chapter, whose differences are data (the chapter's fixes and options below).
//
// An example block is a list of lines as the manual prints them: a line starting with "AT" is
// a command, a line starting with ">" is what is typed at the `> ` prompt (Ctrl-Z ends it), the
// other lines are what the module answers. Each command is sent with echo off and its answer
// compared with the manual's lines, in one of three ways (`compare`):
//   'answer'  the lines up to the final result code; URCs printed after it (`+CPIN: READY` after
//             AT+CPIN=<pin>) are not compared
//   'lines'   every line printed, URCs included
//   'bytes'   the exact bytes, framed as the manual's conventions give them (§1.4: the <CR><LF>
//             the manual omits, ATV1 framing)
//
// Where the state the manual's module was in matters (a card whose PIN2 is blocked, a GPIO
// already an output, an operator list), a fix gives a `setup` that runs before the block; where
// the manual's text is damaged or contradicts itself, a `correction` replaces the block's lines
// and says why; a block that cannot be reproduced is `skip`ped, with the reason.

import { afterAll, describe, expect, it } from 'vitest';
import { ModemControl } from '../control/control.js';
import type { CommandSpec } from '../spec/types.js';
import { ModemHarness } from './harness.js';

// For chapters whose examples talk to servers (FTP, HTTP, MQTT...), the test file keeps what
// its examples leave behind — modules, real servers on loopback the manual's addresses are routed
// to — and undoes it after its tests:
//
//     const cleanups = cleanupsAfterAll();
//     const chapter: ExampleChapter = { ..., start: echoOffModule({ cleanups, registered: true }) };
//     // in a setup: const server = await tcpServer(); cleanups.push(() => server.close());

/** A setup step as data: a control action, an AT command line (output ignored), or time. */
export type SetupStep = { control: string; params?: Record<string, unknown> } | { at: string } | { advanceMs: number };

export interface ExampleFix {
  /** Runs before the block (the state the manual's module was in). */
  setup?: readonly SetupStep[] | ((h: ModemHarness) => Promise<void>);
  /** Where the virtual clock starts (read by the chapter's `start`, for time stamps). */
  clock?: number;
  /** The block as the module prints it (commands, prompt input and answers), and why. */
  correction?: { lines: string[]; why: string };
  /** The example elides the end ("....."): compare only the lines it shows. */
  prefix?: boolean;
  /** Virtual time to let pass after each command's final result code, for URCs it shows. */
  thenMs?: number;
  /** After each command: an outside event the example shows (an SMS arriving). */
  afterCommand?: (h: ModemHarness) => Promise<void>;
  /** Not reproducible, and why. */
  skip?: string;
}

export interface ExampleStep {
  command: string;
  /** What is typed at the `> ` prompt, without the Ctrl-Z. */
  body?: string;
  /** Lines the manual prints for it, the final result code (and any URC it shows) last. */
  expected: string[];
}

export interface ExampleChapter {
  /** The describe() title. */
  title: string;
  /** The commands whose examples run, in order. */
  commands: readonly CommandSpec[];
  /** Fixes by command name, then by block index. */
  fixes?: Readonly<Record<string, Readonly<Record<number, ExampleFix>>>>;
  /** A module as the chapter's examples were taken on (profile, echo off, +CMEE...). */
  start: (command: string, fix: ExampleFix | undefined) => Promise<ModemHarness>;
  /**
   * 'command': the blocks of one command run in order on one module (one test per command);
   * 'block': each block on a fresh module; 'exchange': each command line on a fresh module.
   */
  module: 'command' | 'block' | 'exchange';
  compare: 'answer' | 'lines' | 'bytes';
  /** The chapter's cleaning of the manual's lines (remarks, OCR spaces); undefined drops a line. */
  clean?: (line: string) => string | undefined;
}

const FINAL = /^(OK|ERROR|CONNECT.*|NO CARRIER|BUSY|NO ANSWER|NO DIALTONE|\+CME ERROR: .*|\+CMS ERROR: .*)$/;

/** Splits a block's lines into commands, prompt input and the answers that follow them. */
export function parseExample(lines: readonly string[], clean: (line: string) => string | undefined = (l) => l.trim()): ExampleStep[] {
  const steps: ExampleStep[] = [];
  for (const raw of lines) {
    const line = clean(raw);
    if (line === undefined || line === '') continue;
    if (/^AT/i.test(line)) steps.push({ command: line, expected: [] });
    else if (line.startsWith('>') && steps.length > 0) steps.at(-1)!.body = line.replace(/^>\s*/, '').replace('<ctrl-Z/ESC>', '');
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

/** The answer as the manual's conventions frame it: `\r\n<line>\r\n` per line, ATV1. */
export function framed(response: readonly string[]): string {
  const info = response.slice(0, -1);
  const final = response[response.length - 1]!;
  return (info.length > 0 ? '\r\n' + info.map((l) => l + '\r\n').join('') : '') + `\r\n${final}\r\n`;
}

function linesOf(output: string, prompted: boolean): string[] {
  return output.split('\r\n').filter((l) => l !== '' && !(prompted && l === '> '));
}

async function runSetup(h: ModemHarness, fix: ExampleFix | undefined): Promise<void> {
  const setup = fix?.setup;
  if (typeof setup === 'function') await setup(h);
  else {
    const control = new ModemControl(h.modem);
    for (const step of setup ?? []) {
      if ('control' in step) await control.run(step.control, step.params ?? {});
      else if ('at' in step) await h.command(step.at);
      else await h.advance(step.advanceMs);
    }
  }
  await h.settle();
  h.take();
}

/** Runs one command line of a block and asserts its answer. */
async function runStep(h: ModemHarness, chapter: ExampleChapter, step: ExampleStep, fix: ExampleFix | undefined, label: string): Promise<void> {
  const output = await h.command(step.command);
  if (chapter.compare === 'bytes') {
    expect(output, label).toBe(framed(step.expected));
    return;
  }
  const prompted = step.body !== undefined;
  const got = chapter.compare === 'answer' ? answerLines(output) : linesOf(output, prompted);
  if (step.body !== undefined) {
    h.send(step.body + '\x1a');
    await h.finish();
    got.push(...linesOf(h.take(), prompted));
  }
  if (fix?.afterCommand) {
    await fix.afterCommand(h);
    await h.settle();
    got.push(...linesOf(h.take(), false));
  }
  if (fix?.thenMs) {
    await h.advance(fix.thenMs);
    got.push(...linesOf(h.take(), false));
  }
  if (fix?.prefix) expect(got.slice(0, step.expected.length), label).toEqual(step.expected);
  else expect(got, label).toEqual(step.expected);
}

interface Block {
  spec: CommandSpec;
  index: number;
  fix: ExampleFix | undefined;
  steps: ExampleStep[];
}

function blocksOf(chapter: ExampleChapter, spec: CommandSpec): Block[] {
  return spec.examples.map((e, index) => {
    const fix = chapter.fixes?.[spec.name]?.[index];
    return { spec, index, fix, steps: parseExample(fix?.correction?.lines ?? e.lines, chapter.clean) };
  });
}

async function runBlock(h: ModemHarness, chapter: ExampleChapter, block: Block, steps = block.steps): Promise<void> {
  await runSetup(h, block.fix);
  for (const step of steps) await runStep(h, chapter, step, block.fix, `${block.spec.name}#${block.index}: ${step.command}`);
}

/** The number of example blocks a chapter reproduces (skipped ones aside). */
export function reproducedCount(chapter: ExampleChapter): number {
  return chapter.commands.flatMap((spec) => blocksOf(chapter, spec)).filter((b) => !b.fix?.skip).length;
}

/**
 * Declares the chapter's tests: one per command, block or exchange (`module`), and one that
 * checks that every fix names an example block that exists.
 */
export function describeManualExamples(chapter: ExampleChapter): void {
  describe(chapter.title, () => {
    it('has an example block for every fix', () => {
      for (const [name, byIndex] of Object.entries(chapter.fixes ?? {})) {
        const spec = chapter.commands.find((s) => s.name === name);
        expect(spec, `fix for ${name}`).toBeDefined();
        for (const index of Object.keys(byIndex)) expect(spec!.examples[Number(index)], `fix for ${name}#${index}`).toBeDefined();
      }
    });

    for (const spec of chapter.commands) {
      const blocks = blocksOf(chapter, spec);
      const run = blocks.filter((b) => !b.fix?.skip);
      if (chapter.module === 'command') {
        if (run.length === 0) continue;
        const skipped = blocks.length - run.length;
        it(`AT${spec.name} (§${spec.section}): ${run.length} block(s)${skipped ? `, ${skipped} not reproducible` : ''}`, async () => {
          const h = await chapter.start(spec.name, undefined);
          for (const block of run) await runBlock(h, chapter, block);
        });
        continue;
      }
      for (const block of run) {
        const why = block.fix?.correction ? ` (adjusted: ${block.fix.correction.why})` : '';
        if (chapter.module === 'block') {
          it(`${spec.name}#${block.index}: ${block.steps[0]?.command ?? ''}${why}`, async () => {
            expect(block.steps.length).toBeGreaterThan(0);
            await runBlock(await chapter.start(spec.name, block.fix), chapter, block);
          });
          continue;
        }
        block.steps.forEach((step) => {
          it(`§${spec.section} example ${block.index + 1}: ${step.command}${why}`, async () => {
            await runBlock(await chapter.start(spec.name, block.fix), chapter, block, [step]);
          });
        });
      }
    }
  });
}

/** Work to undo once the test file's tests have run, in the order it was added. */
export type Cleanups = Array<() => unknown>;

/** A list of cleanups run after all the tests of the file that calls this (at its top level). */
export function cleanupsAfterAll(): Cleanups {
  const cleanups: Cleanups = [];
  afterAll(async () => {
    for (const c of cleanups.splice(0)) await c();
  });
  return cleanups;
}

export interface EchoOffModuleOptions {
  /** Powers each module off after the file's tests (modules that hold real connections). */
  cleanups?: Cleanups;
  /** Runs on the new module before anything else (URC listeners, control settings). */
  prepare?: (h: ModemHarness) => unknown;
  /**
   * Lets 10 s of virtual time pass first: the module registered, the EPS default bearer up on
   * context 1 (for examples that start from there).
   */
  registered?: boolean;
}

/** A chapter's `start`: a module of the default profile with echo off (ATE0). */
export function echoOffModule(options: EchoOffModuleOptions = {}): ExampleChapter['start'] {
  return async () => {
    const h = await ModemHarness.start();
    options.cleanups?.push(() => h.modem.powerOff());
    await options.prepare?.(h);
    if (options.registered) await h.advance(10_000);
    await h.command('ATE0');
    return h;
  };
}

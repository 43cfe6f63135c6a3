#!/usr/bin/env node
// modem-conformance: run the conformance suites against the simulator or a real module, replay
// a transcript against either, or import a capture into a transcript.
//
//   modem-conformance --target sim|pty:|tcp:|pty:/dev/pts/N|serial:/dev/ttyUSB2@115200|tcp:host:port
//                     [--suite v250,sms] [--report out/] [options]
//   modem-conformance replay <transcript> --target ...
//   modem-conformance import <capture> [--format socat-v|...] [--redact] [-o file]
//
// Exit codes: 0 all run tests passed (pending and not-implemented reported, not failed unless
// --strict); 1 a test failed or a replay step differed; 2 misuse.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCapabilities, profileForModel } from '../capabilities/capabilities.js';
import { ConformanceError } from '../errors.js';
import { CAPTURE_FORMATS, importCapture, type CaptureFormat } from '../importers/index.js';
import { modelSettings } from '../model/model.suite.js';
import { formatStep, replay } from '../replay/replayer.js';
import { progressReporter } from '../runner/reports/progress.js';
import { junitXml } from '../runner/reports/junit.js';
import { matrixHtml, matrixMarkdown } from '../runner/reports/matrix.js';
import { runSuites, summarize, type Isolation } from '../runner/run.js';
import { DEFAULT_RUN_OPTIONS, type Hazard, type SuiteDef } from '../runner/suite.js';
import { ALL_SUITES, selectSuites } from '../suites/index.js';
import { createTarget, parseTargetSpec, TARGET_HELP } from '../targets/open-target.js';
import type { Target } from '../targets/target.js';
import { parseTranscript, serializeTranscript } from '../transcript/format.js';
import { redactTranscript } from '../transcript/redact.js';

const HELP = `modem-conformance — one conformance suite for the simulator and real SIM767XX modules

Run the suites:
  modem-conformance --target <target> [options]
    ${TARGET_HELP}
    (or set MODEM_CONFORMANCE_TARGET)

  --suite <ids>          comma-separated: ${ALL_SUITES.map((s) => s.id).join(', ')} (default: all)
  --only <text>          only tests whose name contains <text>
  --report <dir>         write junit.xml, matrix.html, matrix.md and the session transcript there
  --profile <name>       module profile / capabilities file (default: detected from AT+CGMM)
  --capabilities <file>  a capabilities file of your own (JSON, see conformance/capabilities/)
  --allow <hazards>      on hardware, also run tests that: spends-money (send SMS), changes-pin
  --sms-to <number>      destination for SMS tests (hardware: your own number)
  --pin <pin>            the SIM PIN for PIN tests (default 1234, the simulator's)
  --strict               count "not implemented" as failure
  --seed=<n> --path=<p> [--replay-path=<r>]
                         replay one model-based counterexample (the command is printed on failure)
  --model-runs <n>       runs of each property (default: sim 40, pty/tcp 10, hardware 5)
  --model-time-limit <s> stop starting property runs after this long (default 60-120 s)
  --fail-on-interrupt    count reaching the time limit as a failure
  --no-color

Replay a transcript:
  modem-conformance replay <file> --target <target> [--pin <pin>] [--timeout <ms>]

Import a capture (socat -v/-x, ModemManager debug log, interceptty, strace -xx, minicom):
  modem-conformance import <file> [--format ${CAPTURE_FORMATS.join('|')}] [--redact] [-o out.txt]
`;

function fail(message: string): never {
  process.stderr.write(`modem-conformance: ${message}\n`);
  process.exit(2);
}

function isolationFor(spec: string): Isolation {
  const p = parseTargetSpec(spec);
  if (p.kind === 'sim') return 'per-test';
  return p.spawn ? 'per-suite' : 'once';
}

/** The profile: given, or the module's answer to AT+CGMM. */
async function detectProfile(target: Target): Promise<string> {
  await target.drain(100);
  await target.command('AT', { timeoutMs: 3000 });
  const x = await target.command('AT+CGMM', { timeoutMs: 5000 });
  return profileForModel(x.lines[0] ?? '');
}

async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      target: { type: 'string' },
      suite: { type: 'string' },
      only: { type: 'string' },
      report: { type: 'string' },
      profile: { type: 'string' },
      capabilities: { type: 'string' },
      allow: { type: 'string' },
      'sms-to': { type: 'string' },
      pin: { type: 'string' },
      strict: { type: 'boolean' },
      seed: { type: 'string' },
      path: { type: 'string' },
      'replay-path': { type: 'string' },
      'model-runs': { type: 'string' },
      'model-time-limit': { type: 'string' },
      'fail-on-interrupt': { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const spec = values.target ?? process.env.MODEM_CONFORMANCE_TARGET;
  if (!spec) fail(`--target is required. ${TARGET_HELP}`);
  const allow = (values.allow ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const h of allow) if (h !== 'spends-money' && h !== 'changes-pin') fail(`--allow takes spends-money and/or changes-pin, not "${h}"`);
  const options = {
    ...DEFAULT_RUN_OPTIONS,
    allow: allow as Hazard[],
    strict: Boolean(values.strict),
    ...(values['sms-to'] ? { smsTo: values['sms-to'] } : {}),
    ...(values.pin ? { pin: values.pin } : {}),
  };
  modelSettings.budget = {
    ...(values.seed !== undefined ? { seed: Number(values.seed) } : {}),
    ...(values.path !== undefined ? { path: values.path } : {}),
    ...(values['replay-path'] !== undefined ? { commandsReplayPath: values['replay-path'] } : {}),
    ...(values['model-runs'] !== undefined ? { numRuns: Number(values['model-runs']) } : {}),
    ...(values['model-time-limit'] !== undefined ? { timeLimitMs: Number(values['model-time-limit']) * 1000 } : {}),
    ...(values['fail-on-interrupt'] ? { failOnInterrupt: true } : {}),
  };
  let suites: SuiteDef[] = selectSuites(values.suite);
  if (values.only) {
    const only = values.only.toLowerCase();
    suites = suites.map((s) => ({ ...s, tests: s.tests.filter((t) => t.name.toLowerCase().includes(only)) })).filter((s) => s.tests.length > 0);
    if (suites.length === 0) fail(`no test name contains "${values.only}"`);
  }

  // A serial target without a device: every test pending, with the instruction.
  let pendingAll: string | undefined;
  let parsed;
  try {
    parsed = parseTargetSpec(spec);
  } catch (e) {
    if (e instanceof ConformanceError && e.code === 'TARGET_UNAVAILABLE' && /^serial:?$/.test(spec.trim())) {
      pendingAll = 'no device configured: run with --target serial:/dev/ttyUSB2@115200 (your module\'s AT port) or set MODEM_CONFORMANCE_TARGET';
    } else throw e;
  }

  const simulated = parsed ? parsed.spawn : false;
  let shared: Target | undefined;
  let profile = values.profile;
  if (!pendingAll && !profile && parsed && !parsed.spawn) {
    shared = await createTarget(spec);
    await shared.open();
    profile = await detectProfile(shared);
    process.stderr.write(`modem-conformance: ${spec} answers AT+CGMM as profile "${profile}" (use --profile to choose)\n`);
  }
  const capabilities = loadCapabilities(values.capabilities ?? profile ?? 'sim767xx');
  const isolation = parsed ? isolationFor(spec) : 'once';
  const recorded: Target[] = [];
  const reporter = progressReporter(process.stdout, !values['no-color'] && process.stdout.isTTY);
  const report = await runSuites({
    target: spec,
    makeTarget: async () => {
      if (shared && isolation === 'once') {
        const t = shared;
        shared = undefined;
        recorded.push(t);
        // Already open: runSuites opens it again, which is a no-op.
        return t;
      }
      const t = await createTarget(spec, profile ? { profile } : {});
      recorded.push(t);
      return t;
    },
    isolation,
    simulated,
    suites,
    capabilities,
    options,
    ...(pendingAll ? { pendingAll } : {}),
    onSuiteStart: (s) => reporter.suiteStart(s),
    onResult: (r) => reporter.result(r),
  });
  reporter.end(report);
  if (values.report) {
    mkdirSync(values.report, { recursive: true });
    writeFileSync(join(values.report, 'junit.xml'), junitXml(report));
    writeFileSync(join(values.report, 'matrix.html'), matrixHtml(report));
    writeFileSync(join(values.report, 'matrix.md'), matrixMarkdown(report));
    writeFileSync(join(values.report, 'results.json'), JSON.stringify(report, null, 2));
    if (recorded.length > 0 && recorded.length <= 20) {
      recorded.forEach((t, i) => {
        const tr = t.transcript();
        if (tr.entries.length > 0) writeFileSync(join(values.report!, `session-${String(i + 1).padStart(3, '0')}.txt`), serializeTranscript(tr, { layout: 'lines' }));
      });
    }
    process.stdout.write(`reports in ${values.report}/: junit.xml matrix.html matrix.md results.json\n`);
  }
  if (pendingAll) process.stdout.write(`\nEvery test is pending: ${pendingAll}\n`);
  return summarize(report.results).fail > 0 ? 1 : 0;
}

async function replayCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { target: { type: 'string' }, pin: { type: 'string' }, timeout: { type: 'string' }, profile: { type: 'string' }, 'no-setup': { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  const file = positionals[0];
  if (!file) fail('replay needs a transcript file');
  const spec = values.target ?? process.env.MODEM_CONFORMANCE_TARGET;
  if (!spec) fail(`replay needs --target. ${TARGET_HELP}`);
  const transcript = parseTranscript(readFileSync(file, 'utf8'), file);
  const target = await createTarget(spec, values.profile ? { profile: values.profile } : {});
  await target.open();
  try {
    const result = await replay(transcript, target, {
      values: { pin: values.pin ?? '1234' },
      ...(values.timeout ? { stepTimeoutMs: Number(values.timeout) } : {}),
      ...(values['no-setup'] ? { noSetup: true } : {}),
      onStep: (s) => process.stdout.write(formatStep(s) + '\n'),
    });
    const c = result.counts;
    process.stdout.write(`\n${result.steps.length} steps: ${c.exact} exact, ${c.shape} by shape, ${c.differ} differ${result.lossy ? ' (lossy transcript: shape matches count as reproduced)' : ''}\n`);
    return c.differ > 0 || (!result.lossy && c.shape > 0) ? 1 : 0;
  } finally {
    await target.close();
  }
}

function importCommand(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { format: { type: 'string' }, redact: { type: 'boolean' }, output: { type: 'string', short: 'o' }, module: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const file = positionals[0];
  if (!file) fail('import needs a capture file');
  const format = values.format as CaptureFormat | undefined;
  if (format && !CAPTURE_FORMATS.includes(format)) fail(`unknown --format "${format}"; formats: ${CAPTURE_FORMATS.join(', ')}`);
  const t = importCapture(readFileSync(file, 'latin1'), { ...(format ? { format } : {}), source: file, ...(values.module ? { module: values.module } : {}) });
  if (values.redact) redactTranscript(t);
  const text = serializeTranscript(t, { layout: 'lines' });
  if (values.output) writeFileSync(values.output, text);
  else process.stdout.write(text);
  return 0;
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv[0] === 'replay') return replayCommand(argv.slice(1));
  if (argv[0] === 'import') return importCommand(argv.slice(1));
  if (argv[0] === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  return run(argv[0] === 'run' ? argv.slice(1) : argv);
}

main()
  .then((code) => process.exit(code))
  .catch((e: unknown) => {
    if (e instanceof ConformanceError) fail(`${e.message} [${e.code}]`);
    fail((e as Error).stack ?? String(e));
  });

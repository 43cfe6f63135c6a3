// The runner: suites × one target → results, with live progress. For each test it decides
// first whether the test may run (capabilities, hazards, control channel, a configured
// device), then brings the module to a known baseline (AT answered, ATE1 V1 Q0, +CMEE=2), runs
// the test and classifies how it ended (suite.ts).
//
// Isolation: the in-process simulator is made fresh for every test (it costs microseconds); a
// CLI simulator once per suite; hardware once for the whole run (the baseline resets what the
// suites change).

import { escapeBytes } from '../../simulator/core/escape.js';
import { FEATURES } from '../capabilities/features.js';
import type { Capabilities } from '../capabilities/capabilities.js';
import type { Exchange, Target } from '../targets/target.js';
import {
  ExpectationFailed,
  HAZARD_TEXT,
  isUnsupported,
  NotImplemented,
  Pending,
  type CmdOptions,
  type RunOptions,
  type SuiteDef,
  type TestContext,
  type TestDef,
  type TestResult,
} from './suite.js';

export type Isolation = 'per-test' | 'per-suite' | 'once';

export interface RunConfig {
  /** Target specification as given (for reports). */
  target: string;
  makeTarget: () => Promise<Target>;
  isolation: Isolation;
  /** Whether the target is a simulator this kit controls (hazards allowed). */
  simulated: boolean;
  suites: readonly SuiteDef[];
  capabilities: Capabilities;
  options: RunOptions;
  /** When set, every test is pending with this reason (e.g. no device configured). */
  pendingAll?: string;
  /** Real-time guard per test (ms); default 120 s. */
  testTimeoutMs?: number;
  onSuiteStart?: (suite: SuiteDef) => void;
  onResult?: (result: TestResult) => void;
}

export interface RunReport {
  target: string;
  profile: string;
  module: string;
  startedAt: string;
  durationMs: number;
  results: TestResult[];
}

export function summarize(results: readonly TestResult[]): Record<TestResult['status'], number> {
  const counts = { pass: 0, fail: 0, 'not-implemented': 0, pending: 0 };
  for (const r of results) counts[r.status]++;
  return counts;
}

/** Why a test may not run here, or undefined. */
export function pendingReason(test: TestDef, config: Pick<RunConfig, 'capabilities' | 'simulated' | 'options' | 'pendingAll'>, target?: Target): string | undefined {
  if (config.pendingAll) return config.pendingAll;
  for (const f of test.requires ?? []) {
    const why = config.capabilities.lacks[f];
    if (why !== undefined) return `${config.capabilities.module} lacks ${f} (${FEATURES[f]}): ${why}`;
  }
  for (const h of test.hazards ?? []) {
    if (!config.simulated && !config.options.allow.includes(h)) return `not run on hardware: it ${HAZARD_TEXT[h]}; pass --allow ${h} to run it`;
  }
  if (test.needsControl && target && !target.control) {
    return "needs the simulator's control channel (to inject network events); it runs against sim, pty: and tcp: targets";
  }
  return undefined;
}

/** AT until it answers, then the baseline the suites assume. */
async function baseline(target: Target): Promise<void> {
  await target.drain(50);
  for (let attempt = 0; attempt < 3; attempt++) {
    const x = await target.command('AT', { timeoutMs: 2000 });
    if (x.final === 'OK' || x.final === '0') break;
    if (attempt === 2) throw new ExpectationFailed(`the target does not answer AT with OK (got "${escapeBytes(x.raw)}")`);
    await target.drain(200);
  }
  const settings = await target.command('ATE1V1Q0', { quietMs: 500 });
  if (settings.final !== 'OK') throw new ExpectationFailed(`baseline ATE1V1Q0 failed: "${escapeBytes(settings.raw)}"`);
  await target.command('AT+CMEE=2');
  target.takeUrcs();
}

function makeContext(target: Target, options: RunOptions, exchanges: Exchange[], log: string[]): TestContext {
  const cmd = async (line: string, o: CmdOptions = {}): Promise<Exchange> => {
    const x = await target.command(line, o);
    exchanges.push(x);
    if (!o.allowUnsupported && isUnsupported(x.final)) throw new NotImplemented(line, x.final!);
    return x;
  };
  return {
    target,
    options,
    cmd,
    async ok(line, o) {
      const x = await cmd(line, o);
      if (x.finalKind !== 'ok') {
        throw new ExpectationFailed(`${line}: expected OK, got ${x.final ?? (x.timedOut ? 'no answer (timed out)' : 'nothing')} ("${escapeBytes(x.raw)}")`);
      }
      return x.lines;
    },
    async control(action, params) {
      if (!target.control) throw new Pending("needs the simulator's control channel");
      log.push(`control: ${action} ${JSON.stringify(params ?? {})}`);
      return target.control.run(action, params);
    },
    log: (m) => log.push(m),
    sleep: (ms) => target.sleep(ms),
  };
}

function withGuard<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ExpectationFailed(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, guard]).finally(() => clearTimeout(timer));
}

export async function runTest(suite: SuiteDef, test: TestDef, target: Target, config: RunConfig): Promise<TestResult> {
  const started = Date.now();
  const exchanges: Exchange[] = [];
  const log: string[] = [];
  const result = (status: TestResult['status'], message?: string): TestResult => ({
    suite: suite.id,
    test: test.name,
    status,
    ...(message !== undefined ? { message } : {}),
    durationMs: Date.now() - started,
    exchanges,
    log,
  });
  const pending = pendingReason(test, config, target);
  if (pending) return result('pending', pending);
  try {
    await withGuard(
      (async () => {
        await baseline(target);
        await test.run(makeContext(target, config.options, exchanges, log));
      })(),
      test.timeoutMs ?? config.testTimeoutMs ?? 120_000,
      `${suite.id} › ${test.name}`,
    );
    return result('pass');
  } catch (e) {
    if (e instanceof Pending) return result('pending', e.message);
    if (e instanceof NotImplemented) {
      const message = `not implemented by the target: ${e.message}`;
      return config.options.strict ? result('fail', message + ' (--strict)') : result('not-implemented', message);
    }
    if (e instanceof ExpectationFailed) return result('fail', e.message);
    return result('fail', `error: ${(e as Error).stack ?? String(e)}`);
  }
}

export async function runSuites(config: RunConfig): Promise<RunReport> {
  const started = Date.now();
  const results: TestResult[] = [];
  let shared: Target | undefined;
  const open = async () => {
    const t = await config.makeTarget();
    await t.open();
    return t;
  };
  try {
    for (const suite of config.suites) {
      config.onSuiteStart?.(suite);
      let suiteTarget: Target | undefined;
      try {
        for (const test of suite.tests) {
          const early = pendingReason(test, config);
          if (early) {
            const r: TestResult = { suite: suite.id, test: test.name, status: 'pending', message: early, durationMs: 0, exchanges: [], log: [] };
            results.push(r);
            config.onResult?.(r);
            continue;
          }
          let target: Target;
          let own = false;
          if (config.isolation === 'per-test') {
            target = await open();
            own = true;
          } else if (config.isolation === 'per-suite') target = suiteTarget ??= await open();
          else target = shared ??= await open();
          try {
            const r = await runTest(suite, test, target, config);
            results.push(r);
            config.onResult?.(r);
          } finally {
            if (own) await target.close();
          }
        }
      } finally {
        await suiteTarget?.close();
      }
    }
  } finally {
    await shared?.close();
  }
  return {
    target: config.target,
    profile: config.capabilities.profile,
    module: config.capabilities.module,
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    results,
  };
}

// Runs conformance suites inside vitest: one vitest test per conformance test, so CI shows
// every one by name. A failure fails the vitest test with the conformance message (diff
// included); "not implemented" and "pending" are skipped with their reason as the note —
// visible in the report, never silent.

import { afterAll, describe, it } from 'vitest';
import { DEFAULT_RUN_OPTIONS, type RunOptions, type SuiteDef } from '../runner/suite.js';
import { runTest, type RunConfig } from '../runner/run.js';
import { loadCapabilities } from '../capabilities/capabilities.js';
import type { Target } from '../targets/target.js';

export interface VitestRunOptions {
  label: string;
  suites: readonly SuiteDef[];
  makeTarget: () => Promise<Target>;
  /** 'per-test': a fresh target each test; 'per-suite': one per suite. */
  isolation: 'per-test' | 'per-suite';
  simulated: boolean;
  profile?: string;
  options?: Partial<RunOptions>;
  pendingAll?: string;
}

export function runSuitesInVitest(o: VitestRunOptions): void {
  const capabilities = loadCapabilities(o.profile ?? 'sim767xx');
  const config = (): RunConfig => ({
    target: o.label,
    makeTarget: o.makeTarget,
    isolation: o.isolation,
    simulated: o.simulated,
    suites: o.suites,
    capabilities,
    options: { ...DEFAULT_RUN_OPTIONS, ...o.options },
    ...(o.pendingAll ? { pendingAll: o.pendingAll } : {}),
  });
  for (const suite of o.suites) {
    describe(`${o.label} › ${suite.title}`, () => {
      let shared: Target | undefined;
      const target = async () => {
        if (o.isolation === 'per-test') {
          const t = await o.makeTarget();
          await t.open();
          return { t, own: true };
        }
        if (!shared) {
          shared = await o.makeTarget();
          await shared.open();
        }
        return { t: shared, own: false };
      };
      afterAll(async () => {
        await shared?.close();
      });
      for (const test of suite.tests) {
        it(test.name, async (ctx) => {
          if (o.pendingAll) ctx.skip(`PENDING: ${o.pendingAll}`);
          const { t, own } = await target();
          try {
            const r = await runTest(suite, test, t, config());
            if (r.status === 'fail') throw new Error(r.message);
            if (r.status === 'pending') ctx.skip(`PENDING: ${r.message ?? ''}`);
            if (r.status === 'not-implemented') ctx.skip(`NOT IMPLEMENTED: ${r.message ?? ''}`);
          } finally {
            if (own) await t.close();
          }
        }, test.timeoutMs ?? 120_000);
      }
    });
  }
}

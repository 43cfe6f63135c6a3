// The model-based test can fail: against the broken-prompt profile it finds and shrinks a
// counterexample, prints seed, path and the command that replays it, and the replay finds it
// again at once. Against the SIM767XX profile it passes.

import { afterEach, describe, expect, it } from 'vitest';
import { loadCapabilities } from '../capabilities/capabilities.js';
import { runSuites } from '../runner/run.js';
import { DEFAULT_RUN_OPTIONS } from '../runner/suite.js';
import { SimTarget } from '../targets/sim-target.js';
import { modelSettings, modelSuite } from './model.suite.js';

const modelTest = { ...modelSuite, tests: modelSuite.tests.filter((t) => t.name.startsWith('settings')) };

async function run(profile: string) {
  const report = await runSuites({
    target: 'sim',
    makeTarget: async () => new SimTarget({ profile }),
    isolation: 'per-test',
    simulated: true,
    suites: [modelTest],
    capabilities: loadCapabilities(profile),
    options: DEFAULT_RUN_OPTIONS,
  });
  return report.results[0]!;
}

describe('model-based test', () => {
  afterEach(() => {
    modelSettings.budget = {};
  });

  it('passes on the SIM767XX profile', async () => {
    modelSettings.budget = { numRuns: 25 };
    const r = await run('sim767xx');
    expect(r.status).toBe('pass');
    expect(r.log.join('\n')).toMatch(/25 run\(s\)/);
  });

  it('finds the broken prompt, shrinks it, and replays it from the printed seed and paths', async () => {
    modelSettings.budget = { numRuns: 100 };
    const r = await run('broken-prompt');
    expect(r.status).toBe('fail');
    expect(r.message).toContain('the prompt should be "> ", got ">"');
    const m = /--seed=(-?\d+) --path="([^"]*)" --replay-path="([^"]*)"/.exec(r.message ?? '');
    expect(m).not.toBeNull();
    expect(r.message).toMatch(/counterexample: \[AT\+CMGW="[^"]*" "[^"]*" \/\*replayPath=/);
    modelSettings.budget = { seed: Number(m![1]), path: m![2]!, commandsReplayPath: m![3]! };
    const again = await run('broken-prompt');
    expect(again.status).toBe('fail');
    expect(again.message).toContain('property failed after 1 run(s)');
  });
});

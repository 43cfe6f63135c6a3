// The framing, identity, error and URC-order suites, the data-prompt suites (file system and
// HTTP: binary data typed at a timed prompt, which --instant must wait for) and the
// parser-robustness property against the CLI simulator over its pty, in real time: the same
// suites, another transport.

import { createTarget } from '../targets/open-target.js';
import { modelSuite, modelSettings } from '../model/model.suite.js';
import { errorsSuite } from './errors.suite.js';
import { fsSuite } from './fs.suite.js';
import { httpSuite } from './http.suite.js';
import { identitySuite } from './identity.suite.js';
import { runSuitesInVitest } from './run-in-vitest.js';
import { urcOrderSuite } from './urc-order.suite.js';
import { v250Suite } from './v250.suite.js';

modelSettings.budget = { numRuns: 3, timeLimitMs: 20_000 };
runSuitesInVitest({
  label: 'pty:',
  suites: [v250Suite, identitySuite, errorsSuite, urcOrderSuite, fsSuite, httpSuite, { ...modelSuite, tests: modelSuite.tests.filter((t) => t.name.startsWith('arbitrary')) }],
  makeTarget: () => createTarget('pty:'),
  isolation: 'per-suite',
  simulated: true,
});

// Every suite against the in-process simulator (a fresh module per test, manual clock).

import { SimTarget } from '../targets/sim-target.js';
import { ALL_SUITES } from './index.js';
import { runSuitesInVitest } from './run-in-vitest.js';

runSuitesInVitest({ label: 'sim', suites: ALL_SUITES, makeTarget: async () => new SimTarget(), isolation: 'per-test', simulated: true });

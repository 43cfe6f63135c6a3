// Every suite, in the order the runner runs them. `--suite id[,id]` selects some.

import { ConformanceError } from '../errors.js';
import type { SuiteDef } from '../runner/suite.js';
import { errorsSuite } from './errors.suite.js';
import { fsSuite } from './fs.suite.js';
import { httpSuite } from './http.suite.js';
import { identitySuite } from './identity.suite.js';
import { modelSuite } from '../model/model.suite.js';
import { networkSuite } from './network.suite.js';
import { simSuite } from './sim.suite.js';
import { smsSuite } from './sms.suite.js';
import { urcOrderSuite } from './urc-order.suite.js';
import { v250Suite } from './v250.suite.js';

export const ALL_SUITES: readonly SuiteDef[] = [v250Suite, identitySuite, simSuite, networkSuite, smsSuite, errorsSuite, urcOrderSuite, fsSuite, httpSuite, modelSuite];

export function selectSuites(ids: string | undefined): SuiteDef[] {
  if (!ids) return [...ALL_SUITES];
  const wanted = ids.split(',').map((s) => s.trim()).filter(Boolean);
  return wanted.map((id) => {
    const s = ALL_SUITES.find((x) => x.id === id);
    if (!s) throw new ConformanceError('UNKNOWN_SUITE', `unknown suite "${id}"; suites: ${ALL_SUITES.map((x) => x.id).join(', ')}`);
    return s;
  });
}

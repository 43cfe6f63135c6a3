// SIM problems as SMS commands report them (27.005 §3.2.5, manual §25.4): +CMS ERROR 310 SIM
// not inserted, 311 PIN required, 316 PUK required, 317/318 PIN2/PUK2, 313 SIM failure.

import { cms, CMS, type Final } from '../core/result.js';
import { simUnavailable, type SimState } from '../state/sim.js';

const CME_TO_CMS: Record<number, number> = { 10: CMS.SIM_NOT_INSERTED, 11: CMS.SIM_PIN_REQUIRED, 12: CMS.SIM_PUK_REQUIRED, 13: CMS.SIM_FAILURE, 14: CMS.SIM_BUSY, 17: 317, 18: 318 };

export function smsSimError(sim: SimState): Final | undefined {
  const err = simUnavailable(sim, true);
  if (!err) return undefined;
  return cms(err.kind === 'cme' ? (CME_TO_CMS[err.code] ?? CMS.SIM_FAILURE) : CMS.SIM_FAILURE);
}

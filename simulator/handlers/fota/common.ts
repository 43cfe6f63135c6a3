// What the chapter 18 handlers share.

import type { ModemState } from '../../state/modem-state.js';

/** §25.3: +CME ERROR: 529 "During FOTA updating". */
export const DURING_FOTA = 529;

/** Whether a FOTA download or update is under way (a second one is refused with 529). */
export function fotaBusy(state: ModemState): boolean {
  return state.fota.job.status !== 'idle';
}

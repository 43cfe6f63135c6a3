// The SIM card of the manual's examples (fixtures/sim/sim767xx-manual.json) and a SIM767XX
// profile with it in the slot, for tests that reproduce the manual.

import { fileURLToPath } from 'node:url';
import { SIM767XX, type Profile } from '../profiles/index.js';
import type { SimCard } from '../profiles/profile.js';
import { loadSimProfile } from '../profiles/sim-file.js';

export const FIXTURES_SIM_DIR = fileURLToPath(new URL('../../fixtures/sim/', import.meta.url));

export function fixtureSim(name: string): SimCard {
  return loadSimProfile(`${FIXTURES_SIM_DIR}${name}`);
}

export const MANUAL_CARD: SimCard = fixtureSim('sim767xx-manual.json');

export const MANUAL_PROFILE: Profile = { ...SIM767XX, sim: MANUAL_CARD };

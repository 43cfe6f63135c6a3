// How +CREG, +CGREG and +CEREG present the registration, in the read answers and the URCs
// (manual §4.2.1, §5.2.1, §5.2.2; 27.007 §7.2, §10.1.20, §10.1.21):
//
//   +CREG: <stat>[,<lac>,<ci>,<act>]      +CREG? → +CREG: <n>,<stat>[,<lac>,<ci>,<act>]
//   +CGREG: <stat>[,<lac>,<ci>]           +CGREG? → +CGREG: <n>,<stat>[,<lac>,<ci>]
//   +CEREG: <stat>[,<tac>,<ci>[,<act>]]   +CEREG? → +CEREG: <n>,<stat>[,<tac>,<ci>[,<act>]]
//
// Location elements appear only when <n>=2 and the module is registered. <lac>/<tac> are
// two-byte hex strings ("9A5F"), <ci> four bytes for E-UTRAN ("03E1FE82") and two for GSM, both
// quoted as 27.007 writes string parameters; <act> is 7 for E-UTRAN, 0 for GSM. +CEREG carries
// only E-UTRAN cells.

import type { ModemState } from '../state/modem-state.js';
import type { RegistrationStat } from '../state/network.js';
import { hex } from './signal.js';
import type { NetworkWorld } from './world.js';

export type RegistrationDomain = 'creg' | 'cgreg' | 'cereg';

export const DOMAIN_PREFIX: Record<RegistrationDomain, string> = { creg: '+CREG', cgreg: '+CGREG', cereg: '+CEREG' };

export function statOfDomain(state: ModemState, domain: RegistrationDomain): RegistrationStat {
  const n = state.network;
  return domain === 'creg' ? n.cs : domain === 'cgreg' ? n.ps : n.eps;
}

/** The location elements for `domain`, or undefined when there are none to print. */
export function locationOf(state: ModemState, world: NetworkWorld, domain: RegistrationDomain): string | undefined {
  const reg = state.network.registration;
  if (reg.phase !== 'registered') return undefined;
  const lte = reg.rat === 'LTE';
  if (domain === 'cereg' && !lte) return undefined;
  const area = `"${hex(world.cell.tac, 4)}"`;
  const cell = `"${hex(world.cell.ci, lte ? 8 : 4)}"`;
  const act = lte ? 7 : 0;
  return domain === 'cgreg' ? `${area},${cell}` : `${area},${cell},${act}`;
}

/** The URC for `domain` at presentation level `n` (1 or 2). */
export function registrationUrc(state: ModemState, world: NetworkWorld, domain: RegistrationDomain, n: number): string {
  const stat = statOfDomain(state, domain);
  const loc = n === 2 ? locationOf(state, world, domain) : undefined;
  return `${DOMAIN_PREFIX[domain]}: ${stat}${loc ? ',' + loc : ''}`;
}

/** The read answer `+CREG: <n>,<stat>[,...]`. */
export function registrationRead(state: ModemState, world: NetworkWorld, domain: RegistrationDomain): string {
  const n = state.network.urc[domain];
  const stat = statOfDomain(state, domain);
  const loc = n === 2 ? locationOf(state, world, domain) : undefined;
  return `${DOMAIN_PREFIX[domain]}: ${n},${stat}${loc ? ',' + loc : ''}`;
}

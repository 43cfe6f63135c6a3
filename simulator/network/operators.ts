// Operator names (manual §4.2.2 <format>, §4.2.4 AT+COPN): the networks in range know their own
// long and short names (world.operators); the ME's operator name table (profile
// `network.operatorNames`, what AT+COPN lists) names the others.

import type { Profile } from '../profiles/profile.js';
import { findOperator, type NetworkWorld } from './world.js';

/** <oper> of `plmn` in <format> 0 (long), 1 (short) or 2 (numeric). */
export function operatorName(profile: Profile, world: NetworkWorld, plmn: string, format: number): string {
  if (format === 2) return plmn;
  const op = findOperator(world, plmn);
  if (op) return format === 0 ? op.long : op.short;
  return profile.network.operatorNames.find(([p]) => p === plmn)?.[1] ?? plmn;
}

/** The PLMN an alphanumeric <oper> names (long or short, case-insensitive), if known. */
export function plmnOfName(profile: Profile, world: NetworkWorld, name: string): string | undefined {
  const wanted = name.toUpperCase();
  const op = world.operators.find((o) => o.long.toUpperCase() === wanted || o.short.toUpperCase() === wanted);
  if (op) return op.plmn;
  return profile.network.operatorNames.find(([, n]) => n.toUpperCase() === wanted)?.[0];
}

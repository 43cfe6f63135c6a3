// TP-Validity-Period (3GPP TS 23.040 §9.2.3.12): absent, relative (one octet), absolute (a
// time stamp) or enhanced (seven octets), as TP-VPF in the SUBMIT's first octet says.

import type { SmsTimestamp } from './timestamp.js';

export type ValidityPeriod =
  | { format: 'none' }
  | { format: 'relative'; value: number }
  | { format: 'absolute'; time: SmsTimestamp }
  | { format: 'enhanced'; octets: Buffer };

/** TP-VPF bits (3-4 of the first octet). */
export const VPF = { none: 0, enhanced: 1, relative: 2, absolute: 3 } as const;

/** Minutes a relative TP-VP value stands for (§9.2.3.12.1; manual §7.2.17 prints the same table). */
export function relativeValidityMinutes(vp: number): number {
  if (vp <= 143) return (vp + 1) * 5;
  if (vp <= 167) return 12 * 60 + (vp - 143) * 30;
  if (vp <= 196) return (vp - 166) * 24 * 60;
  return (vp - 192) * 7 * 24 * 60;
}

// Conversions between the world's radio measures and what the AT commands print.
//
// +CSQ <rssi> (manual §3.2.2, 27.007 §8.5): 0 is -113 dBm or less, 1 is -111 dBm, 2..30 are
// -109..-53 dBm in 2 dB steps, 31 is -51 dBm or greater, 99 not known. On LTE the module
// derives it from the carrier RSSI; <ber> is not measured on LTE and is 99.

import type { NetworkState } from '../state/network.js';
import type { NetworkWorld } from './world.js';

export function csqFromRssi(rssiDbm: number): number {
  return Math.max(0, Math.min(31, Math.floor((rssiDbm + 113) / 2)));
}

/** The RSSI in dBm that a +CSQ value stands for (the low end of its 2 dB step). */
export function rssiFromCsq(csq: number): number {
  return -113 + 2 * Math.max(0, Math.min(31, csq));
}

/** Whether `band` is enabled in the +CNBP masks (bit band-1 of the LTE mask; 65-72 in the extension). */
export function bandAllowed(bands: NetworkState['bands'], band: number): boolean {
  if (band >= 1 && band <= 64) return ((BigInt(bands.lte) >> BigInt(band - 1)) & 1n) === 1n;
  if (band >= 65 && band <= 72) return ((bands.ext >> (band - 65)) & 1) === 1;
  return false;
}

/** Whether the module camps on the world's cell: radio on, a cell in range, its band allowed. */
export function cellUsable(network: NetworkState, world: NetworkWorld): boolean {
  if (!world.coverage) return false;
  return world.rat !== 'LTE' || bandAllowed(network.bands, world.cell.band);
}

/** Upper-case hex, zero-padded to `digits`. */
export function hex(value: number, digits: number): string {
  return value.toString(16).toUpperCase().padStart(digits, '0');
}

/** MCCs whose networks use 3-digit MNCs (ITU-T E.212 assignments: North America and a few others). */
const THREE_DIGIT_MNC_MCCS = new Set(['302', '310', '311', '312', '313', '314', '315', '316', '334', '338', '342', '344', '346', '348', '352', '354', '356', '358', '360', '365', '366', '376', '708', '722', '732']);

/** The home PLMN (MCC+MNC) of an IMSI. */
export function plmnOfImsi(imsi: string): string {
  const mcc = imsi.slice(0, 3);
  return imsi.slice(0, THREE_DIGIT_MNC_MCCS.has(mcc) ? 6 : 5);
}

/** "46001" → "460-01" (the <mcc>-<mnc> of AT+CPSI). */
export function mccDashMnc(plmn: string): string {
  return `${plmn.slice(0, 3)}-${plmn.slice(3)}`;
}

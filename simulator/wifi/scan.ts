// A Wi-Fi scan of the module (manual chapter 20): passive, 2.4 GHz channels 1-13, one round
// after another. Timing: 120 ms of listening per channel (802.11 passive scanning dwells about
// one beacon interval, 102.4 ms, per channel; drivers use 100-120 ms), so 1.56 s per round,
// cut short by the scan timeout. An access point is heard from -95 dBm (a typical 802.11b/g
// receiver sensitivity at 1 Mbit/s); results are sorted by level, strongest first, at most
// <scan_max_bssid_num> of them.

import type { AccessPoint } from './world.js';

export const CHANNEL_DWELL_MS = 120;
export const CHANNELS = 13;
export const ROUND_MS = CHANNEL_DWELL_MS * CHANNELS;
export const SENSITIVITY_DBM = -95;

export interface ScanSettings {
  /** Show the signal level (+CWSTASCAN <flag_show_signal>). */
  show: 0 | 1;
  rounds: number;
  maxBssid: number;
  timeoutS: number;
  priority: 0 | 1;
}

export function scanDurationMs(s: Pick<ScanSettings, 'rounds' | 'timeoutS'>): number {
  return Math.min(s.rounds * ROUND_MS, s.timeoutS * 1000);
}

export function scanResults(aps: readonly AccessPoint[], s: Pick<ScanSettings, 'maxBssid'>): AccessPoint[] {
  const seen = new Map<string, AccessPoint>();
  for (const ap of aps) {
    if (ap.rssi < SENSITIVITY_DBM || ap.channel < 1 || ap.channel > CHANNELS) continue;
    const key = ap.bssid.toUpperCase();
    const before = seen.get(key);
    if (!before || before.rssi < ap.rssi) seen.set(key, ap);
  }
  return [...seen.values()].sort((a, b) => b.rssi - a.rssi).slice(0, s.maxBssid);
}

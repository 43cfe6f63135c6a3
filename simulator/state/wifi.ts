// Wi-Fi scanning settings (manual chapter 20): +CWSTASCAN's signal flag, +CWSTASCANEX's scan
// parameters, and the asynchronous scan of +CWSTASCANSYN. The manual marks the first two "-"
// and the third NO_SAVE: nothing survives a restart.
//
// Factory values: <flag_show_signal> 1 ("It's the default value"); the manual gives no defaults
// for the other +CWSTASCANEX parameters: one round, the platform's maximum of 10 access points,
// a 5 s timeout and priority 0 are taken.

import type { TimerHandle } from '../core/clock.js';
import type { ScanSettings } from '../wifi/scan.js';
import { defineSlice } from './modem-state.js';

export interface WifiState {
  /** +CWSTASCAN <flag_show_signal>. */
  showSignal: 0 | 1;
  /** +CWSTASCANEX settings (also used by +CWSTASCANSYN). */
  ex: ScanSettings;
  /** +CWSTASCANSYN: an asynchronous scan running, and its timer. */
  async: { status: 'idle' } | { status: 'scanning'; since: number; timer: TimerHandle };
}

declare module './modem-state.js' {
  interface ModemState {
    wifi: WifiState;
  }
}

export const FACTORY_SCAN: Readonly<ScanSettings> = { show: 1, rounds: 1, maxBssid: 10, timeoutS: 5, priority: 0 };

export const wifiSlice = defineSlice({
  key: 'wifi',
  create: () => ({ showSignal: 1, ex: { ...FACTORY_SCAN }, async: { status: 'idle' } }),
});

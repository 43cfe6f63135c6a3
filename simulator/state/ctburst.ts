// The RF burst test of +CTBURST (manual chapter 19): whether the transmitter or receiver is
// held on one channel for a test. NO_SAVE: a restart ends it ("close the previous item first,
// then restart the module").

import { defineSlice } from './modem-state.js';

export type BurstState =
  | { status: 'off' }
  | { status: 'tx'; band: number; channel: number; powerQdbm: number }
  | { status: 'rx'; band: number; channel: number; bandwidth: number | undefined };

export interface CtburstState {
  burst: BurstState;
}

declare module './modem-state.js' {
  interface ModemState {
    ctburst: CtburstState;
  }
}

export const ctburstSlice = defineSlice({
  key: 'ctburst',
  create: () => ({ burst: { status: 'off' } }),
});

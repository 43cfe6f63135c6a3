// Setting the RTC from a network time (HTP, NTP): the RTC of +CCLK (simulator/network/time-zone.ts)
// shows local time, the UTC time plus its zone.

import type { ModemState } from '../../state/modem-state.js';

const QUARTER_MS = 15 * 60_000;

/** Makes the RTC show `utcMs` in zone `quarters` (undefined: keep the zone the RTC has, UTC if none). */
export function setRtcFromUtc(state: ModemState, now: number, utcMs: number, quarters?: number): void {
  const zone = quarters ?? state.network.rtc.zone;
  state.network.rtc = { offsetMs: utcMs + (zone ?? 0) * QUARTER_MS - now, ...(zone === undefined ? {} : { zone }) };
}

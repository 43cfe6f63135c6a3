// The module's real-time clock (manual §3.2.7 AT+CCLK) and network time (NITZ: §4.2.8 AT+CTZU,
// §4.2.9 AT+CTZR).
//
// The RTC runs on the injected clock: it shows `clock.now() + rtc.offsetMs`, and a time zone in
// quarters of an hour ("invalid" until set by AT+CCLK or the network). AT+CCLK= sets the offset
// so that the RTC shows the given time. On registration the network provides its time zone (and
// its time, which is the virtual clock's UTC); per AT+CTZU the module then writes GMT (1) or
// local time (3) into the RTC with the zone, or leaves it alone (0); per AT+CTZR it reports the
// zone with +CTZV: <tz> (1) or +CTZEU: <tz>,<dst>,<utime> (3).
//
// Formats: +CCLK <time> "yy/MM/dd,hh:mm:ss±zz"; +CTZEU <utime> "YYYY/MM/DD,hh:mm:ss". <tz> is a
// string type ("±zz"), printed quoted as 27.007 prints string parameters.

import type { ModemServices } from '../core/handler.js';
import type { ModemState } from '../state/modem-state.js';
import type { NetworkWorld } from './world.js';

const QUARTER_MS = 15 * 60_000;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** "±zz" for a zone in quarters of an hour ("+00" for zero, never "-00": manual §3.2.7 note 2). */
export function formatZone(quarters: number): string {
  return `${quarters < 0 ? '-' : '+'}${pad(Math.abs(quarters))}`;
}

/** The +CCLK <time> text (without quotes) the RTC shows now. */
export function rtcText(state: ModemState, now: number): string {
  const d = new Date(now + state.network.rtc.offsetMs);
  const date = `${pad(d.getUTCFullYear() % 100)}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const zone = state.network.rtc.zone;
  return `${date},${time}${zone === undefined ? '' : formatZone(zone)}`;
}

/** Parses "yy/MM/dd,hh:mm:ss±zz": the shown time as epoch ms (fields taken as UTC) and the zone. */
export function parseRtcText(text: string): { shownMs: number; zone: number } | undefined {
  const m = /^(\d{2})\/(\d{2})\/(\d{2}),(\d{2}):(\d{2}):(\d{2})([+-])(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [yy, mo, dd, hh, mi, ss] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const zone = (m[7] === '-' ? -1 : 1) * Number(m[8]);
  if (mo < 1 || mo > 12 || dd < 1 || hh > 23 || mi > 59 || ss > 59 || zone < -96 || zone > 96) return undefined;
  const shownMs = Date.UTC(2000 + yy, mo - 1, dd, hh, mi, ss);
  if (new Date(shownMs).getUTCDate() !== dd) return undefined; // 31 April and the like
  return { shownMs, zone };
}

/** "YYYY/MM/DD,hh:mm:ss" in UTC (+CTZEU <utime>). */
export function universalTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())},${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/**
 * The network sent its time zone (at registration, or when it changes): update the RTC per
 * +CTZU and report per +CTZR. `always`: report even if the zone is the one last received
 * ("The MT also provides the time zone upon network registration").
 */
export function receiveNitz(state: ModemState, services: ModemServices, world: NetworkWorld, always: boolean): void {
  const tz = world.timeZone;
  if (!tz) return;
  const net = state.network;
  const changed = net.nitzZone !== tz.quarters;
  net.nitzZone = tz.quarters;
  if (net.ctzu === 1) net.rtc = { offsetMs: 0, zone: tz.quarters };
  else if (net.ctzu === 3) net.rtc = { offsetMs: tz.quarters * QUARTER_MS, zone: tz.quarters };
  if (!changed && !always) return;
  if (net.urc.ctzr === 1) services.urc(`+CTZV: "${formatZone(tz.quarters)}"`);
  else if (net.urc.ctzr === 3) services.urc(`+CTZEU: "${formatZone(tz.quarters)}",${tz.dst},"${universalTime(services.clock.now())}"`);
}

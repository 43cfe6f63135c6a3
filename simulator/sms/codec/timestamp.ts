// Time stamps (3GPP TS 23.040 §9.2.3.11 TP-SCTS, §9.2.3.13 TP-DT, absolute TP-VP): seven
// octets of swapped BCD — year, month, day, hour, minute, second, time zone in quarter hours
// with its sign in bit 3 of the last octet. In text mode (27.005 §3.3.2 <dt>/<scts>) the same
// value reads "yy/MM/dd,hh:mm:ss±zz".

import { OctetReader, PduError } from './errors.js';

export interface SmsTimestamp {
  year: number; // two digits, 0-99
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Offset from UTC in quarter hours, -79..79 (local time = UTC + tz*15 min). */
  tz: number;
}

function swapped(n: number): number {
  return ((n % 10) << 4) | Math.floor(n / 10) % 10;
}

function unswapped(octet: number, what: string): number {
  const lo = octet & 0x0f;
  const hi = octet >> 4;
  if (lo > 9 || hi > 9) throw new PduError(`${what} is not BCD (0x${octet.toString(16)})`);
  return lo * 10 + hi;
}

export function encodeTimestamp(t: SmsTimestamp): Buffer {
  const q = Math.abs(t.tz);
  const tzOctet = ((q % 10) << 4) | (Math.floor(q / 10) & 0x07) | (t.tz < 0 ? 0x08 : 0);
  return Buffer.of(swapped(t.year), swapped(t.month), swapped(t.day), swapped(t.hour), swapped(t.minute), swapped(t.second), tzOctet);
}

export function decodeTimestamp(r: OctetReader, what: string): SmsTimestamp {
  const b = r.take(7, what);
  const tzOctet = b[6]!;
  const q = (tzOctet & 0x07) * 10 + (tzOctet >> 4);
  if (tzOctet >> 4 > 9) throw new PduError(`${what} time zone is not BCD`);
  return {
    year: unswapped(b[0]!, `${what} year`),
    month: unswapped(b[1]!, `${what} month`),
    day: unswapped(b[2]!, `${what} day`),
    hour: unswapped(b[3]!, `${what} hour`),
    minute: unswapped(b[4]!, `${what} minute`),
    second: unswapped(b[5]!, `${what} second`),
    tz: tzOctet & 0x08 ? -q : q,
  };
}

/** The local time of `epochMs` in a zone `tz` quarter hours from UTC. */
export function timestampFromEpoch(epochMs: number, tz = 0): SmsTimestamp {
  const d = new Date(epochMs + tz * 15 * 60_000);
  return {
    year: d.getUTCFullYear() % 100,
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    tz,
  };
}

/** Milliseconds since the epoch; two-digit years are read as 20yy. */
export function timestampToEpoch(t: SmsTimestamp): number {
  return Date.UTC(2000 + t.year, t.month - 1, t.day, t.hour, t.minute, t.second) - t.tz * 15 * 60_000;
}

const two = (n: number) => String(n).padStart(2, '0');

/** "yy/MM/dd,hh:mm:ss±zz" (27.005 <scts>, <dt>). */
export function timestampText(t: SmsTimestamp): string {
  const sign = t.tz < 0 ? '-' : '+';
  return `${two(t.year)}/${two(t.month)}/${two(t.day)},${two(t.hour)}:${two(t.minute)}:${two(t.second)}${sign}${two(Math.abs(t.tz))}`;
}

/** Parses "yy/MM/dd,hh:mm:ss±zz"; undefined when malformed or out of range. */
export function parseTimestampText(text: string): SmsTimestamp | undefined {
  const m = /^(\d\d)\/(\d\d)\/(\d\d),(\d\d):(\d\d):(\d\d)([+-])(\d\d)$/.exec(text);
  if (!m) return undefined;
  const t: SmsTimestamp = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4]),
    minute: Number(m[5]),
    second: Number(m[6]),
    tz: (m[7] === '-' ? -1 : 1) * Number(m[8]),
  };
  if (t.month < 1 || t.month > 12 || t.day < 1 || t.day > 31 || t.hour > 23 || t.minute > 59 || t.second > 59 || Math.abs(t.tz) > 79) return undefined;
  return t;
}

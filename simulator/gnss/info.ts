// The parsed position reports of §21.2.20 AT+CGPSINFO and §21.2.21 AT+CGNSSINFO, and the
// per-satellite lines of §21.2.19 AT+CGNSSFTM test mode.
//
//   +CGPSINFO: <lat>,<N/S>,<log>,<E/W>,<date>,<UTC time>,<alt>,<speed>,<course>
//     lat ddmm.mmmmmm, log dddmm.mmmmmm (the example's six decimals; the Defined Values' "mmmm"
//     contradicts it), date ddmmyy, time hhmmss.ss (the example "072809.33"; the Defined
//     Values' "hhmmss.sss" contradicts it), altitude 0.1 m MSL, speed 0.1 kn, course in degrees
//     without trailing zeros (the example prints "0").
//   +CGNSSINFO: <mode>,<GPS-SVs>,<GLONASS-SVs>,<GALILEO-SVs>,<BEIDOU-SVs>,<lat>,<N/S>,<log>,
//               <E/W>,<date>,<UTC-time>,<alt>,<speed>,<course>,<PDOP>,<HDOP>,<VDOP>,<NoSV>
//     mode 2/3 (2D/3D), satellites in view per system and in use as two digits (as SIMCom
//     modules print them), lat dd.dddddd, log ddd.dddddd, time hhmmss.ss, speed 0.001 kn,
//     course and DOPs 0.1.
// Without a fix every field is empty: "+CGNSSINFO: " and 17 commas (the manual's example shows
// 13, for 18 fields its syntax lists), "+CGPSINFO: " and 8 commas. The manual's examples omit
// the space after the colon that the response syntax prints; the syntax is followed.

import { degreesMinutes, utcDate, utcTime, type EpochView } from './nmea.js';
import type { Constellation } from './sky.js';

const pad2 = (n: number) => String(Math.min(n, 99)).padStart(2, '0');

function trimmed(n: number, decimals: number): string {
  return String(Number(n.toFixed(decimals)));
}

function decimalDegrees(value: number, degreeDigits: 2 | 3): string {
  const [int, frac] = Math.abs(value).toFixed(6).split('.');
  return `${int!.padStart(degreeDigits, '0')}.${frac}`;
}

export function cgpsinfoLine(view: EpochView | undefined): string {
  const fix = view?.fix;
  if (!view || !fix) return '+CGPSINFO: ,,,,,,,,';
  const fields = [
    degreesMinutes(fix.lat, 2),
    fix.lat < 0 ? 'S' : 'N',
    degreesMinutes(fix.lon, 3),
    fix.lon < 0 ? 'W' : 'E',
    utcDate(view.timeMs),
    utcTime(view.timeMs, 2),
    fix.alt.toFixed(1),
    fix.speedKn.toFixed(1),
    trimmed(fix.courseDeg, 1),
  ];
  return `+CGPSINFO: ${fields.join(',')}`;
}

export function cgnssinfoLine(view: EpochView | undefined): string {
  const fix = view?.fix;
  if (!view || !fix) return '+CGNSSINFO: ' + ','.repeat(17);
  const inView = (s: Constellation) => pad2(view.satellites.filter((x) => x.system === s).length);
  const fields = [
    String(fix.fixType),
    inView('GPS'),
    inView('GLONASS'),
    inView('GALILEO'),
    inView('BDS'),
    decimalDegrees(fix.lat, 2),
    fix.lat < 0 ? 'S' : 'N',
    decimalDegrees(fix.lon, 3),
    fix.lon < 0 ? 'W' : 'E',
    utcDate(view.timeMs),
    utcTime(view.timeMs, 2),
    fix.alt.toFixed(1),
    fix.speedKn.toFixed(3),
    fix.courseDeg.toFixed(1),
    fix.dops.pdop.toFixed(1),
    fix.dops.hdop.toFixed(1),
    fix.dops.vdop.toFixed(1),
    pad2(view.satellites.filter((s) => s.used).length),
  ];
  return `+CGNSSINFO: ${fields.join(',')}`;
}

/** Test mode: one line per system (GPS, BeiDou, GLONASS, Galileo, the example's order): id,C/N0 of each tracked satellite. */
export function ftmLines(view: EpochView): string[] {
  const order: Array<[Constellation, string]> = [
    ['GPS', '+GPGSV'],
    ['BDS', '+GBGSV'],
    ['GLONASS', '+GLGSV'],
    ['GALILEO', '+GAGSV'],
  ];
  return order.map(([system, prefix]) => {
    const pairs = view.satellites.filter((s) => s.system === system && s.cn0 !== undefined).flatMap((s) => [String(s.id), s.cn0!.toFixed(1)]);
    return [prefix, ...pairs].join(',');
  });
}

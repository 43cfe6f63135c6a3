// NMEA 0183 (version 4.10) sentences of the simulated receiver, built from one epoch's view:
// GGA, GLL, GSA, GSV, RMC, VTG, ZDA, GRS, GST, GNS — the ten +CGNSSNMEA can enable (§21.2.8),
// in that order. Each sentence is `$<talker><type>,<fields>*<checksum>`, the checksum the XOR of
// every character between `$` and `*` as two upper-case hex digits (NMEA 0183 §5.2.1).
//
// Talkers: GP when only GPS is tracked (+CGNSSMODE=1), GN (combined) otherwise; GSV per system
// (GP, GL, GA, GB — the +CGNSSFTM example's BeiDou talker); GSA one sentence per system with the
// 4.10 system ID (1 GPS, 2 GLONASS, 3 Galileo, 4 BeiDou).
//
// Precision: latitude ddmm.mmmmmm and longitude dddmm.mmmmmm (the six decimals of the manual's
// +CGPSINFO example), time hhmmss.sss, altitude and geoid separation 0.1 m, speed 0.001 kn and
// 0.001 km/h, course 0.01°, DOPs 0.01.
//
// Before a fix the receiver still talks: time (from its clock), empty position fields, fix
// quality 0 / status V / mode N, the satellites it is acquiring in GSV.
//
// GRS and GST: the simulated measurements are exact, so GRS residuals are 0.0; GST gives the
// expected 1-sigma errors from the DOPs and a user range error of 3.0 m (a typical single-
// frequency figure), not measured scatter.

import type { Constellation, Dops, Satellite } from './sky.js';

export type SentenceType = 'GGA' | 'GLL' | 'GSA' | 'GSV' | 'RMC' | 'VTG' | 'ZDA' | 'GRS' | 'GST' | 'GNS';

/** +CGNSSNMEA's order of sentence types (its ten arguments). */
export const SENTENCE_ORDER: readonly SentenceType[] = ['GGA', 'GLL', 'GSA', 'GSV', 'RMC', 'VTG', 'ZDA', 'GRS', 'GST', 'GNS'];

export interface FixView {
  lat: number;
  lon: number;
  /** Metres above mean sea level. */
  alt: number;
  /** Geoid separation (WGS-84 ellipsoid minus MSL), metres. */
  geoidSep: number;
  speedKn: number;
  courseDeg: number;
  fixType: 2 | 3;
  dops: Dops;
}

export interface EpochView {
  /** UTC, ms since the epoch. */
  timeMs: number;
  /** Systems tracked (+CGNSSMODE). */
  systems: readonly Constellation[];
  /** Satellites in view of the tracked systems. */
  satellites: readonly Satellite[];
  fix?: FixView;
}

export const USER_RANGE_ERROR_M = 3.0;

const SYSTEM_ID: Readonly<Record<Constellation, number>> = { GPS: 1, GLONASS: 2, GALILEO: 3, BDS: 4 };
const GSV_TALKER: Readonly<Record<Constellation, string>> = { GPS: 'GP', GLONASS: 'GL', GALILEO: 'GA', BDS: 'GB' };

/** The checksum of a sentence body (what lies between `$` and `*`), two upper-case hex digits. */
export function nmeaChecksum(body: string): string {
  let x = 0;
  for (let i = 0; i < body.length; i++) x ^= body.charCodeAt(i) & 0xff;
  return x.toString(16).toUpperCase().padStart(2, '0');
}

/** `$body*hh`. */
export function frameSentence(body: string): string {
  return `$${body}*${nmeaChecksum(body)}`;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** Degrees as d..dmm.mmmmmm with `degreeDigits` digits of degrees (2 for latitude, 3 for longitude). */
export function degreesMinutes(value: number, degreeDigits: 2 | 3): string {
  const microMinutes = Math.round(Math.abs(value) * 60 * 1e6);
  const d = Math.floor(microMinutes / 60e6);
  const rest = microMinutes - d * 60e6;
  const m = Math.floor(rest / 1e6);
  const frac = rest - m * 1e6;
  return `${pad(d, degreeDigits)}${pad(m, 2)}.${pad(frac, 6)}`;
}

/** hhmmss.sss (or with `decimals` digits of seconds). */
export function utcTime(timeMs: number, decimals = 3): string {
  const d = new Date(Math.round(timeMs / 10 ** (3 - decimals)) * 10 ** (3 - decimals));
  const frac = decimals > 0 ? '.' + pad(Math.floor(d.getUTCMilliseconds() / 10 ** (3 - decimals)), decimals) : '';
  return `${pad(d.getUTCHours(), 2)}${pad(d.getUTCMinutes(), 2)}${pad(d.getUTCSeconds(), 2)}${frac}`;
}

/** ddmmyy. */
export function utcDate(timeMs: number): string {
  const d = new Date(timeMs);
  return `${pad(d.getUTCDate(), 2)}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCFullYear() % 100, 2)}`;
}

function latLon(fix: FixView | undefined): string[] {
  if (!fix) return ['', '', '', ''];
  return [degreesMinutes(fix.lat, 2), fix.lat < 0 ? 'S' : 'N', degreesMinutes(fix.lon, 3), fix.lon < 0 ? 'W' : 'E'];
}

function talker(view: EpochView): string {
  return view.systems.length === 1 && view.systems[0] === 'GPS' ? 'GP' : 'GN';
}

function used(view: EpochView): Satellite[] {
  return view.fix ? view.satellites.filter((s) => s.used) : [];
}

const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);
const f3 = (n: number) => n.toFixed(3);

function gga(view: EpochView): string[] {
  const fix = view.fix;
  const n = used(view).length;
  const fields = [utcTime(view.timeMs), ...latLon(fix), fix ? '1' : '0', pad(Math.min(n, 99), 2), fix ? f2(fix.dops.hdop) : '', fix ? f1(fix.alt) : '', 'M', fix ? f1(fix.geoidSep) : '', 'M', '', ''];
  return [`${talker(view)}GGA,${fields.join(',')}`];
}

function gll(view: EpochView): string[] {
  const fix = view.fix;
  return [`${talker(view)}GLL,${[...latLon(fix), utcTime(view.timeMs), fix ? 'A' : 'V', fix ? 'A' : 'N'].join(',')}`];
}

function gsa(view: EpochView): string[] {
  const fix = view.fix;
  const fixMode = fix ? String(fix.fixType) : '1';
  const dops = fix ? [f2(fix.dops.pdop), f2(fix.dops.hdop), f2(fix.dops.vdop)] : ['', '', ''];
  return view.systems.map((system) => {
    const ids = used(view)
      .filter((s) => s.system === system)
      .slice(0, 12)
      .map((s) => pad(s.id, 2));
    while (ids.length < 12) ids.push('');
    return `${talker(view)}GSA,${['A', fixMode, ...ids, ...dops, SYSTEM_ID[system]].join(',')}`;
  });
}

function gsv(view: EpochView): string[] {
  const out: string[] = [];
  for (const system of view.systems) {
    const sats = view.satellites.filter((s) => s.system === system);
    const total = Math.max(1, Math.ceil(sats.length / 4));
    for (let i = 0; i < total; i++) {
      const group = sats.slice(i * 4, i * 4 + 4).flatMap((s) => [pad(s.id, 2), pad(Math.round(s.elevation), 2), pad(Math.round(s.azimuth) % 360, 3), s.cn0 === undefined ? '' : pad(s.cn0, 2)]);
      // Signal ID 1: GPS L1 C/A, GLONASS L1 C/A, Galileo E1, BeiDou B1I (NMEA 4.10 table).
      out.push(`${GSV_TALKER[system]}GSV,${[total, i + 1, pad(sats.length, 2), ...group, '1'].join(',')}`);
    }
  }
  return out;
}

function rmc(view: EpochView): string[] {
  const fix = view.fix;
  const fields = [utcTime(view.timeMs), fix ? 'A' : 'V', ...latLon(fix), fix ? f3(fix.speedKn) : '', fix ? f2(fix.courseDeg) : '', utcDate(view.timeMs), '', '', fix ? 'A' : 'N', 'V'];
  return [`${talker(view)}RMC,${fields.join(',')}`];
}

function vtg(view: EpochView): string[] {
  const fix = view.fix;
  const fields = fix ? [f2(fix.courseDeg), 'T', '', 'M', f3(fix.speedKn), 'N', f3(fix.speedKn * 1.852), 'K', 'A'] : ['', 'T', '', 'M', '', 'N', '', 'K', 'N'];
  return [`${talker(view)}VTG,${fields.join(',')}`];
}

function zda(view: EpochView): string[] {
  const d = new Date(view.timeMs);
  return [`${talker(view)}ZDA,${[utcTime(view.timeMs), pad(d.getUTCDate(), 2), pad(d.getUTCMonth() + 1, 2), pad(d.getUTCFullYear(), 4), '00', '00'].join(',')}`];
}

function grs(view: EpochView): string[] {
  if (!view.fix) return [];
  return view.systems.map((system) => {
    const residuals = used(view)
      .filter((s) => s.system === system)
      .slice(0, 12)
      .map(() => '0.0');
    while (residuals.length < 12) residuals.push('');
    return `${talker(view)}GRS,${[utcTime(view.timeMs), '1', ...residuals, SYSTEM_ID[system], '1'].join(',')}`;
  });
}

function gst(view: EpochView): string[] {
  const fix = view.fix;
  if (!fix) return [`${talker(view)}GST,${utcTime(view.timeMs)},,,,,,,`];
  const h = (fix.dops.hdop * USER_RANGE_ERROR_M) / Math.SQRT2;
  const v = fix.dops.vdop * USER_RANGE_ERROR_M;
  return [`${talker(view)}GST,${[utcTime(view.timeMs), f1(USER_RANGE_ERROR_M), f1(h), f1(h), '0.0', f1(h), f1(h), f1(v)].join(',')}`];
}

function gns(view: EpochView): string[] {
  const fix = view.fix;
  // One mode character per system, in the order GPS, GLONASS, Galileo, BeiDou (NMEA 4.10).
  const modes = (['GPS', 'GLONASS', 'GALILEO', 'BDS'] as const).map((s) => (fix && view.systems.includes(s) && used(view).some((x) => x.system === s) ? 'A' : 'N')).join('');
  const fields = [utcTime(view.timeMs), ...latLon(fix), modes, pad(Math.min(used(view).length, 99), 2), fix ? f2(fix.dops.hdop) : '', fix ? f1(fix.alt) : '', fix ? f1(fix.geoidSep) : '', '', '', 'V'];
  return [`${talker(view)}GNS,${fields.join(',')}`];
}

const BUILDERS: Readonly<Record<SentenceType, (view: EpochView) => string[]>> = { GGA: gga, GLL: gll, GSA: gsa, GSV: gsv, RMC: rmc, VTG: vtg, ZDA: zda, GRS: grs, GST: gst, GNS: gns };

/** The framed sentences of one type for an epoch (GSA, GSV and GRS may be several). */
export function sentences(type: SentenceType, view: EpochView): string[] {
  return BUILDERS[type](view).map(frameSentence);
}

/**
 * The sentences of epoch number `epoch` (counted from 0 since the output started): a type with
 * rate n is output every n-th epoch, 0 never (+CGNSSNMEA, §21.2.8). `rates` in SENTENCE_ORDER.
 */
export function epochSentences(view: EpochView, rates: readonly number[], epoch: number): string[] {
  return SENTENCE_ORDER.flatMap((type, i) => {
    const n = rates[i] ?? 0;
    return n > 0 && epoch % n === 0 ? sentences(type, view) : [];
  });
}

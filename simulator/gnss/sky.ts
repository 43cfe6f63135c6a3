// The satellites the simulated receiver sees: four constellations of satellites on circular
// orbits (Walker patterns of the nominal designs), placed at the virtual time, seen from the
// module's position. It is a model of geometry, not an almanac: it gives realistic numbers of
// satellites in view (8-12 per constellation), elevations and azimuths that move over the hours,
// signal levels that fall with elevation, and — from the geometry of the satellites in use —
// real dilutions of precision.
//
// Nominal orbits (semi-major axis, inclination, period, planes x slots):
//   GPS      26 560 km, 55.0°, 11 h 58 min, 6 x 4    (IS-GPS-200, baseline 24-slot constellation)
//   GLONASS  25 510 km, 64.8°, 11 h 15 min 44 s, 3 x 8 (GLONASS ICD)
//   Galileo  29 600 km, 56.0°, 14 h 04 min 45 s, 3 x 8 (Galileo OS SIS ICD, 24 of its slots)
//   BeiDou   27 906 km, 55.0°, 12 h 53 min, 3 x 8    (BDS-SIS-ICD, the MEO satellites only)
// Identifiers are those NMEA output uses on this receiver (the +CGNSSFTM example): GPS 1-32,
// GLONASS 65-88, Galileo 1-36, BeiDou 201-237.
//
// Signal: C/N0 = 30 + 17·sin(elevation) dB-Hz in open sky (35-47 dB-Hz, as receivers report),
// plus the world's attenuation (indoors, foliage). A satellite is in view above 5°, tracked
// from 20 dB-Hz, used in the fix above 10° and from 28 dB-Hz. One receiver clock for all
// systems in the DOP (a simplification: real multi-system solutions estimate one per system).

import type { GeoPoint } from './geodesy.js';

export type Constellation = 'GPS' | 'GLONASS' | 'GALILEO' | 'BDS';

/** +CGNSSMODE <mode> (§21.2.7): which systems the receiver tracks. */
export type GnssMode = 1 | 3 | 5 | 9 | 13 | 15;

export const MODE_SYSTEMS: Readonly<Record<GnssMode, readonly Constellation[]>> = {
  1: ['GPS'],
  3: ['GPS', 'GLONASS'],
  5: ['GPS', 'GALILEO'],
  9: ['GPS', 'BDS'],
  13: ['GPS', 'GALILEO', 'BDS'],
  15: ['GPS', 'GLONASS', 'GALILEO', 'BDS'],
};

export interface Satellite {
  system: Constellation;
  /** The satellite's NMEA identifier. */
  id: number;
  /** Degrees above the horizon. */
  elevation: number;
  /** Degrees true. */
  azimuth: number;
  /** dB-Hz; undefined when not tracked. */
  cn0: number | undefined;
  /** Used in the position solution. */
  used: boolean;
}

interface Design {
  radiusKm: number;
  inclinationDeg: number;
  periodS: number;
  planes: number;
  slotsPerPlane: number;
  /** Identifier of slot k (0-based). */
  id(k: number): number;
}

const DESIGNS: Readonly<Record<Constellation, Design>> = {
  GPS: { radiusKm: 26560, inclinationDeg: 55, periodS: 43080, planes: 6, slotsPerPlane: 4, id: (k) => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32][k]! },
  GLONASS: { radiusKm: 25510, inclinationDeg: 64.8, periodS: 40544, planes: 3, slotsPerPlane: 8, id: (k) => 65 + k },
  GALILEO: { radiusKm: 29600, inclinationDeg: 56, periodS: 50685, planes: 3, slotsPerPlane: 8, id: (k) => [1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 18, 19, 21, 24, 25, 26, 27, 30, 31, 33][k]! },
  BDS: { radiusKm: 27906, inclinationDeg: 55, periodS: 46380, planes: 3, slotsPerPlane: 8, id: (k) => [201, 204, 206, 207, 209, 210, 211, 212, 214, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 232, 233, 234][k]! },
};

/** Earth rotation rate, rad/s (WGS-84). */
const OMEGA_E = 7.2921151467e-5;
const EARTH_KM = 6371.0088;
const MIN_ELEVATION = 5;
const TRACK_CN0 = 20;
const USE_ELEVATION = 10;
const USE_CN0 = 28;

const rad = (d: number) => (d * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

function ecef(p: GeoPoint, radiusKm: number): [number, number, number] {
  const la = rad(p.lat);
  const lo = rad(p.lon);
  return [radiusKm * Math.cos(la) * Math.cos(lo), radiusKm * Math.cos(la) * Math.sin(lo), radiusKm * Math.sin(la)];
}

/** Satellites of `system` above 5° seen from `where` at `timeMs`, with `attenuationDb` off their C/N0. */
export function satellitesInView(system: Constellation, where: GeoPoint & { alt?: number }, timeMs: number, attenuationDb = 0): Satellite[] {
  const d = DESIGNS[system];
  const t = timeMs / 1000;
  const rx = ecef(where, EARTH_KM + (where.alt ?? 0) / 1000);
  const la = rad(where.lat);
  const lo = rad(where.lon);
  // Unit vectors east, north, up at the receiver.
  const east = [-Math.sin(lo), Math.cos(lo), 0];
  const north = [-Math.sin(la) * Math.cos(lo), -Math.sin(la) * Math.sin(lo), Math.cos(la)];
  const up = [Math.cos(la) * Math.cos(lo), Math.cos(la) * Math.sin(lo), Math.sin(la)];
  const inc = rad(d.inclinationDeg);
  const theta = OMEGA_E * t;
  const out: Satellite[] = [];
  for (let plane = 0; plane < d.planes; plane++) {
    const node = (2 * Math.PI * plane) / d.planes;
    for (let slot = 0; slot < d.slotsPerPlane; slot++) {
      const k = plane * d.slotsPerPlane + slot;
      // Walker phasing: slots spread evenly in a plane, shifted from plane to plane.
      const u = (2 * Math.PI * slot) / d.slotsPerPlane + (2 * Math.PI * plane) / (d.planes * d.slotsPerPlane) + (2 * Math.PI * t) / d.periodS;
      // Orbit plane → inertial (inclination about x, node about z) → Earth-fixed (rotation).
      const xo = d.radiusKm * Math.cos(u);
      const yo = d.radiusKm * Math.sin(u);
      const xi = xo * Math.cos(node) - yo * Math.cos(inc) * Math.sin(node);
      const yi = xo * Math.sin(node) + yo * Math.cos(inc) * Math.cos(node);
      const zi = yo * Math.sin(inc);
      const xe = xi * Math.cos(theta) + yi * Math.sin(theta);
      const ye = -xi * Math.sin(theta) + yi * Math.cos(theta);
      const los = [xe - rx[0], ye - rx[1], zi - rx[2]];
      const range = Math.hypot(los[0]!, los[1]!, los[2]!);
      const e = (los[0]! * east[0]! + los[1]! * east[1]! + los[2]! * east[2]!) / range;
      const n = (los[0]! * north[0]! + los[1]! * north[1]! + los[2]! * north[2]!) / range;
      const v = (los[0]! * up[0]! + los[1]! * up[1]! + los[2]! * up[2]!) / range;
      const elevation = deg(Math.asin(v));
      if (elevation < MIN_ELEVATION) continue;
      const azimuth = (deg(Math.atan2(e, n)) + 360) % 360;
      const raw = Math.round(30 + 17 * Math.sin(rad(elevation)) - attenuationDb);
      const cn0 = raw >= TRACK_CN0 ? Math.min(99, raw) : undefined;
      out.push({ system, id: d.id(k), elevation, azimuth, cn0, used: cn0 !== undefined && cn0 >= USE_CN0 && elevation >= USE_ELEVATION });
    }
  }
  return out.sort((a, b) => a.id - b.id);
}

export interface Dops {
  pdop: number;
  hdop: number;
  vdop: number;
}

/** PDOP/HDOP/VDOP of the satellites in use, from (GᵀG)⁻¹ of their line-of-sight geometry; undefined if singular. */
export function dilutions(used: readonly Pick<Satellite, 'elevation' | 'azimuth'>[]): Dops | undefined {
  if (used.length < 4) return undefined;
  const n = 4;
  const m = Array.from({ length: n }, () => new Array<number>(2 * n).fill(0));
  for (const s of used) {
    const el = rad(s.elevation);
    const az = rad(s.azimuth);
    const g = [Math.cos(el) * Math.sin(az), Math.cos(el) * Math.cos(az), Math.sin(el), 1];
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) m[i]![j]! += g[i]! * g[j]!;
  }
  for (let i = 0; i < n; i++) m[i]![n + i] = 1;
  // Gauss-Jordan with partial pivoting.
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    if (Math.abs(m[p]![c]!) < 1e-12) return undefined;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const pivot = m[c]![c]!;
    for (let j = 0; j < 2 * n; j++) m[c]![j]! /= pivot;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]!;
      for (let j = 0; j < 2 * n; j++) m[r]![j]! -= f * m[c]![j]!;
    }
  }
  const q = (i: number) => m[i]![n + i]!;
  const hdop = Math.sqrt(q(0) + q(1));
  const vdop = Math.sqrt(q(2));
  return { pdop: Math.sqrt(q(0) + q(1) + q(2)), hdop, vdop };
}

// Positions on a spherical Earth for the simulated GNSS receiver: distances, bearings, points
// along a great circle, and where a moving module is at a given time when it follows a track of
// waypoints at their speeds. A sphere of the IUGG mean radius is close enough for a simulator
// (the WGS-84 ellipsoid differs by < 0.5 % in distance); altitudes are above mean sea level.

/** IUGG mean Earth radius, metres. */
export const EARTH_RADIUS_M = 6371008.8;
/** Knots per metre per second (1 kn = 1852 m / 3600 s). */
export const KNOTS_PER_MPS = 3600 / 1852;

export interface GeoPoint {
  /** Degrees, -90..90 (north positive). */
  lat: number;
  /** Degrees, -180..180 (east positive). */
  lon: number;
}

/** Where the module is and how it moves: what a fix reports. */
export interface Motion extends GeoPoint {
  /** Metres above mean sea level. */
  alt: number;
  /** Speed over ground, m/s. */
  speedMps: number;
  /** Course over ground, degrees true, 0..360. */
  courseDeg: number;
}

/** A point of a track; `speedKmh` is the speed of the leg that leaves it (ignored on the last). */
export interface Waypoint extends GeoPoint {
  alt?: number;
  speedKmh?: number;
}

const rad = (d: number) => (d * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

/** Longitude folded into -180..180. */
export function normalizeLon(lon: number): number {
  const l = ((((lon + 180) % 360) + 360) % 360) - 180;
  return l === -180 && lon > 0 ? 180 : l;
}

/** Great-circle distance in metres (haversine). */
export function distanceM(a: GeoPoint, b: GeoPoint): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Initial bearing from a to b, degrees true 0..360. */
export function bearingDeg(a: GeoPoint, b: GeoPoint): number {
  const y = Math.sin(rad(b.lon - a.lon)) * Math.cos(rad(b.lat));
  const x = Math.cos(rad(a.lat)) * Math.sin(rad(b.lat)) - Math.sin(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.cos(rad(b.lon - a.lon));
  return (deg(Math.atan2(y, x)) + 360) % 360;
}

/** The point a fraction `f` (0..1) of the way from a to b along the great circle. */
export function intermediate(a: GeoPoint, b: GeoPoint, f: number): GeoPoint {
  const d = distanceM(a, b) / EARTH_RADIUS_M;
  if (d < 1e-12) return { lat: a.lat, lon: a.lon };
  const A = Math.sin((1 - f) * d) / Math.sin(d);
  const B = Math.sin(f * d) / Math.sin(d);
  const x = A * Math.cos(rad(a.lat)) * Math.cos(rad(a.lon)) + B * Math.cos(rad(b.lat)) * Math.cos(rad(b.lon));
  const y = A * Math.cos(rad(a.lat)) * Math.sin(rad(a.lon)) + B * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon));
  const z = A * Math.sin(rad(a.lat)) + B * Math.sin(rad(b.lat));
  return { lat: deg(Math.atan2(z, Math.hypot(x, y))), lon: normalizeLon(deg(Math.atan2(y, x))) };
}

/**
 * Where a module following `waypoints` is `elapsedMs` after it left the first one: each leg is
 * travelled at its start point's `speedKmh`; after the last waypoint the module stands there
 * (speed 0, the course of the last leg). A leg with no positive speed is never left.
 */
export function positionOnTrack(waypoints: readonly Waypoint[], elapsedMs: number): Motion {
  const first = waypoints[0]!;
  let t = Math.max(0, elapsedMs) / 1000;
  let course = 0;
  for (let i = 0; i + 1 < waypoints.length; i++) {
    const a = waypoints[i]!;
    const b = waypoints[i + 1]!;
    const speed = (a.speedKmh ?? 0) / 3.6;
    const length = distanceM(a, b);
    course = length > 0 ? bearingDeg(a, b) : course;
    if (speed <= 0) return { lat: a.lat, lon: a.lon, alt: a.alt ?? 0, speedMps: 0, courseDeg: course };
    const duration = length / speed;
    if (t < duration) {
      const f = duration > 0 ? t / duration : 0;
      const p = intermediate(a, b, f);
      // The course along a great circle changes: the bearing from here towards b.
      const here = length > 0 ? bearingDeg(p, b) : course;
      return { ...p, alt: (a.alt ?? 0) + f * ((b.alt ?? a.alt ?? 0) - (a.alt ?? 0)), speedMps: speed, courseDeg: here };
    }
    t -= duration;
  }
  const last = waypoints[waypoints.length - 1] ?? first;
  return { lat: last.lat, lon: last.lon, alt: last.alt ?? 0, speedMps: 0, courseDeg: course };
}

// The simulated sky: plausible numbers of satellites per constellation anywhere on Earth and at
// any time, moving with time, and DOPs that behave as DOPs do.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dilutions, satellitesInView, type Constellation } from './sky.js';
import { distanceM, bearingDeg, positionOnTrack } from './geodesy.js';

const SYSTEMS: Constellation[] = ['GPS', 'GLONASS', 'GALILEO', 'BDS'];

describe('sky', () => {
  it('anywhere, any time: 4-16 satellites in view per system, elevations 5-90°, azimuths 0-360°', () => {
    fc.assert(
      fc.property(fc.double({ min: -85, max: 85, noNaN: true }), fc.double({ min: -180, max: 180, noNaN: true }), fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2060, 0, 1) }), (lat, lon, t) => {
        for (const s of SYSTEMS) {
          const sats = satellitesInView(s, { lat, lon }, t);
          expect(sats.length, s).toBeGreaterThanOrEqual(4);
          expect(sats.length, s).toBeLessThanOrEqual(16);
          for (const x of sats) {
            expect(x.elevation).toBeGreaterThanOrEqual(5);
            expect(x.elevation).toBeLessThanOrEqual(90);
            expect(x.azimuth).toBeGreaterThanOrEqual(0);
            expect(x.azimuth).toBeLessThan(360);
          }
        }
      }),
      { numRuns: 50 },
    );
  });

  it('satellites move: an hour later the sky has changed', () => {
    const t = Date.UTC(2024, 11, 6, 8);
    const a = satellitesInView('GPS', { lat: 31.2, lon: 121.4 }, t);
    const b = satellitesInView('GPS', { lat: 31.2, lon: 121.4 }, t + 3600_000);
    expect(b.map((s) => [s.id, Math.round(s.elevation)])).not.toEqual(a.map((s) => [s.id, Math.round(s.elevation)]));
  });

  it('DOPs: PDOP² = HDOP² + VDOP²; more satellites never make PDOP worse; too few or degenerate geometry gives none', () => {
    const sats = SYSTEMS.flatMap((s) => satellitesInView(s, { lat: 31.2, lon: 121.4 }, Date.UTC(2024, 11, 6, 8)));
    const all = dilutions(sats)!;
    expect(all.pdop ** 2).toBeCloseTo(all.hdop ** 2 + all.vdop ** 2, 9);
    const gps = dilutions(sats.filter((s) => s.system === 'GPS'))!;
    expect(all.pdop).toBeLessThanOrEqual(gps.pdop);
    expect(dilutions(sats.slice(0, 3))).toBeUndefined();
    expect(dilutions([0, 1, 2, 3].map(() => ({ elevation: 45, azimuth: 90 })))).toBeUndefined();
  });
});

describe('geodesy', () => {
  it('one degree of latitude is 111.2 km; bearings east and north', () => {
    expect(distanceM({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(111_195, -1);
    expect(bearingDeg({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })).toBeCloseTo(90, 9);
    expect(bearingDeg({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(0, 9);
  });

  it('along a track, the distance covered is speed × time', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 200, noNaN: true }), fc.integer({ min: 0, max: 600_000 }), (kmh, ms) => {
        const track = [{ lat: 45, lon: 7, speedKmh: kmh }, { lat: 46, lon: 8 }];
        const total = distanceM(track[0]!, track[1]!);
        const p = positionOnTrack(track, ms);
        const expected = Math.min(total, (kmh / 3.6) * (ms / 1000));
        expect(Math.abs(distanceM(track[0]!, p) - expected)).toBeLessThan(0.01);
      }),
    );
  });
});

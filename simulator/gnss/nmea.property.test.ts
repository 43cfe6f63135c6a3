// Property: whatever the position, motion and time, the NMEA sentences the receiver builds carry
// a correct checksum and parse back — with a parser written here, independent of nmea.ts — to
// the same position, altitude, speed, course and time, within the precision of their formats
// (latitude/longitude 0.000001', altitude 0.1 m, speed 0.001 kn, course 0.01°, time 1 ms).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentences, type EpochView } from './nmea.js';
import { cgnssinfoLine, cgpsinfoLine } from './info.js';

// ---- an independent NMEA 0183 reader ----------------------------------------------------------

function checkFrame(s: string): string[] {
  const m = /^\$([A-Z0-9]+),(.*)\*([0-9A-F]{2})$/.exec(s);
  if (!m) throw new Error(`not a framed sentence: ${s}`);
  const body = s.slice(1, s.indexOf('*'));
  let x = 0;
  for (const ch of Buffer.from(body, 'latin1')) x ^= ch;
  if (x !== parseInt(m[3]!, 16)) throw new Error(`bad checksum in ${s}`);
  return [m[1]!, ...m[2]!.split(',')];
}

/** "ddmm.mmmmmm","N" → signed degrees. */
function angle(value: string, hemi: string, degDigits: number): number {
  const d = Number(value.slice(0, degDigits));
  const min = Number(value.slice(degDigits));
  const v = d + min / 60;
  return hemi === 'S' || hemi === 'W' ? -v : v;
}

/** hhmmss.sss → ms of the day. */
function timeOfDay(t: string): number {
  const [whole, frac = ''] = t.split('.');
  return (Number(whole!.slice(0, 2)) * 3600 + Number(whole!.slice(2, 4)) * 60 + Number(whole!.slice(4))) * 1000 + Number(frac.padEnd(3, '0').slice(0, 3));
}

const MS_PER_DAY = 86_400_000;

// ---- generators -------------------------------------------------------------------------------

const viewArb = fc.record({
  lat: fc.double({ min: -89.999, max: 89.999, noNaN: true }),
  lon: fc.double({ min: -179.999, max: 179.999, noNaN: true }),
  alt: fc.double({ min: -400, max: 9000, noNaN: true }),
  speedKn: fc.double({ min: 0, max: 999, noNaN: true }),
  courseDeg: fc.double({ min: 0, max: 359.99, noNaN: true }),
  // 2000-01-01 .. 2079-12-31, whole milliseconds.
  timeMs: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2079, 11, 31) }),
}).map(
  (p): EpochView => ({
    timeMs: p.timeMs,
    systems: ['GPS', 'GLONASS', 'GALILEO', 'BDS'],
    satellites: [
      { system: 'GPS', id: 5, elevation: 45, azimuth: 120, cn0: 40, used: true },
      { system: 'GLONASS', id: 66, elevation: 30, azimuth: 250, cn0: 38, used: true },
      { system: 'GALILEO', id: 11, elevation: 60, azimuth: 10, cn0: 44, used: true },
      { system: 'BDS', id: 204, elevation: 20, azimuth: 300, cn0: 35, used: true },
    ],
    fix: { lat: p.lat, lon: p.lon, alt: p.alt, geoidSep: 0, speedKn: p.speedKn, courseDeg: p.courseDeg, fixType: 3, dops: { pdop: 1.5, hdop: 0.9, vdop: 1.2 } },
  }),
);

const LATLON = 1e-6 / 60 / 2 + 1e-12;

describe('NMEA sentences parse back to the fix they were built from', () => {
  it('GGA: position, altitude, time of day', () => {
    fc.assert(
      fc.property(viewArb, (v) => {
        const [, time, lat, ns, lon, ew, quality, , , alt] = checkFrame(sentences('GGA', v)[0]!);
        expect(Math.abs(angle(lat!, ns!, 2) - v.fix!.lat)).toBeLessThanOrEqual(LATLON);
        expect(Math.abs(angle(lon!, ew!, 3) - v.fix!.lon)).toBeLessThanOrEqual(LATLON);
        expect(quality).toBe('1');
        expect(Math.abs(Number(alt) - v.fix!.alt)).toBeLessThanOrEqual(0.05 + 1e-9);
        expect(timeOfDay(time!)).toBe(v.timeMs % MS_PER_DAY);
      }),
    );
  });

  it('RMC: position, speed, course, date and time', () => {
    fc.assert(
      fc.property(viewArb, (v) => {
        const [, time, status, lat, ns, lon, ew, speed, course, date] = checkFrame(sentences('RMC', v)[0]!);
        expect(status).toBe('A');
        expect(Math.abs(angle(lat!, ns!, 2) - v.fix!.lat)).toBeLessThanOrEqual(LATLON);
        expect(Math.abs(angle(lon!, ew!, 3) - v.fix!.lon)).toBeLessThanOrEqual(LATLON);
        expect(Math.abs(Number(speed) - v.fix!.speedKn)).toBeLessThanOrEqual(0.0005 + 1e-9);
        expect(Math.abs(Number(course) - v.fix!.courseDeg)).toBeLessThanOrEqual(0.005 + 1e-9);
        const d = new Date(v.timeMs);
        expect(date).toBe(`${String(d.getUTCDate()).padStart(2, '0')}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCFullYear() % 100).padStart(2, '0')}`);
        expect(timeOfDay(time!)).toBe(v.timeMs % MS_PER_DAY);
      }),
    );
  });

  it('GLL, GNS, VTG and ZDA agree with it', () => {
    fc.assert(
      fc.property(viewArb, (v) => {
        const [, lat, ns, lon, ew, time, status] = checkFrame(sentences('GLL', v)[0]!);
        expect(status).toBe('A');
        expect(Math.abs(angle(lat!, ns!, 2) - v.fix!.lat)).toBeLessThanOrEqual(LATLON);
        expect(Math.abs(angle(lon!, ew!, 3) - v.fix!.lon)).toBeLessThanOrEqual(LATLON);
        expect(timeOfDay(time!)).toBe(v.timeMs % MS_PER_DAY);
        const gns = checkFrame(sentences('GNS', v)[0]!);
        expect(Math.abs(angle(gns[2]!, gns[3]!, 2) - v.fix!.lat)).toBeLessThanOrEqual(LATLON);
        expect(Math.abs(angle(gns[4]!, gns[5]!, 3) - v.fix!.lon)).toBeLessThanOrEqual(LATLON);
        const vtg = checkFrame(sentences('VTG', v)[0]!);
        expect(Math.abs(Number(vtg[5]) - v.fix!.speedKn)).toBeLessThanOrEqual(0.0005 + 1e-9);
        expect(Math.abs(Number(vtg[7]) - v.fix!.speedKn * 1.852)).toBeLessThanOrEqual(0.0005 + 1e-9);
        const [, ztime, dd, mm, yyyy] = checkFrame(sentences('ZDA', v)[0]!);
        expect(Date.UTC(Number(yyyy), Number(mm) - 1, Number(dd)) + timeOfDay(ztime!)).toBe(v.timeMs);
      }),
    );
  });

  it('every sentence type is framed with a correct checksum, GSV counts its satellites', () => {
    fc.assert(
      fc.property(viewArb, (v) => {
        for (const type of ['GGA', 'GLL', 'GSA', 'GSV', 'RMC', 'VTG', 'ZDA', 'GRS', 'GST', 'GNS'] as const) {
          for (const s of sentences(type, v)) expect(checkFrame(s)[0]!.slice(2)).toBe(type);
        }
        const gsv = sentences('GSV', v).map(checkFrame);
        expect(gsv.map((f) => f[0])).toEqual(['GPGSV', 'GLGSV', 'GAGSV', 'GBGSV']);
        for (const f of gsv) expect(Number(f[3])).toBe(1);
      }),
    );
  });

  it('+CGPSINFO and +CGNSSINFO carry the same position in their own formats', () => {
    fc.assert(
      fc.property(viewArb, (v) => {
        const p = cgpsinfoLine(v).replace('+CGPSINFO: ', '').split(',');
        expect(Math.abs(angle(p[0]!, p[1]!, 2) - v.fix!.lat)).toBeLessThanOrEqual(LATLON);
        expect(Math.abs(angle(p[2]!, p[3]!, 3) - v.fix!.lon)).toBeLessThanOrEqual(LATLON);
        const n = cgnssinfoLine(v).replace('+CGNSSINFO: ', '').split(',');
        expect(n).toHaveLength(18);
        const sign = (h: string) => (h === 'S' || h === 'W' ? -1 : 1);
        expect(Math.abs(sign(n[6]!) * Number(n[5]) - v.fix!.lat)).toBeLessThanOrEqual(5e-7 + 1e-12);
        expect(Math.abs(sign(n[8]!) * Number(n[7]) - v.fix!.lon)).toBeLessThanOrEqual(5e-7 + 1e-12);
        expect(n.slice(1, 5)).toEqual(['01', '01', '01', '01']);
      }),
    );
  });
});

describe('known sentences', () => {
  it('the manual\'s +CGNSSCMD example carries a correct checksum: $PCAS02,1000*2E', () => {
    expect(checkFrame('$PCAS02,1000*2E')).toEqual(['PCAS02', '1000']);
  });

  it('without a fix: time only, status V, quality 0', () => {
    const v: EpochView = { timeMs: Date.UTC(2024, 11, 6, 8, 0, 1), systems: ['GPS'], satellites: [] };
    expect(sentences('GGA', v)).toEqual(['$GPGGA,080001.000,,,,,0,00,,,M,,M,,*' + sentences('GGA', v)[0]!.slice(-2)]);
    expect(checkFrame(sentences('RMC', v)[0]!).slice(1, 3)).toEqual(['080001.000', 'V']);
    expect(checkFrame(sentences('GSV', v)[0]!)).toEqual(['GPGSV', '1', '1', '00', '1']);
  });
});

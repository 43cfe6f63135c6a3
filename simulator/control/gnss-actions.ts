// Control actions of the GNSS world and receiver (manual chapter 21):
//
//   set position --lat 31.2224 --lon 121.3539 [--alt 44.1] [--speed 36] [--course 90]
//                                  where the module is; speed km/h and course ° are what the
//                                  receiver reports (the point itself stays)
//   set track --json '[{"lat":..,"lon":..,"alt":..,"speed":km/h}, ...]'
//                                  waypoints followed from now, each leg at its first point's speed
//   set sky [--open true|false] [--attenuation dB] [--geoid metres]
//                                  what the antenna sees (closed: no satellites, no fix)
//   set agnss [--server host] [--port n] [--path /file] [--validity seconds]
//                                  the AGNSS server +CAGPS downloads from
//   gnss status                    the receiver: engine, backup data, settings, +CGNSSINFO now
//   gnss nmea [--count n] [--port uart|usb-nmea]
//                                  the last NMEA sentences output (the USB NMEA port's are only here)

import type { Modem } from '../core/modem.js';
import { type Waypoint } from '../gnss/geodesy.js';
import { cgnssinfoLine } from '../gnss/info.js';
import { gnssOutput } from '../gnss/output.js';
import { epochView } from '../gnss/receiver.js';
import { gnssWorld, motionAt } from '../gnss/world.js';
import { choiceParam, ControlError, rangedParam, type ControlAction } from './action.js';

function world(modem: Modem) {
  return gnssWorld(modem.services());
}

function status(modem: Modem) {
  const g = modem.state.gnss;
  const w = world(modem);
  const now = modem.clock.now();
  return {
    engine: g.engine,
    backup: g.backup,
    settings: { mode: g.mode, baud: g.baud, nmea: g.nmea, rateHz: g.rateHz, tst: g.tst, ports: [g.parsePort, g.nmeaPort], flp: g.flp, fitness: g.fitness, glp: g.glp, alp: g.alp, ftm: g.ftm },
    position: motionAt(w, now),
    sky: w.sky,
    agnss: w.agnss,
    cgnssinfo: modem.power === 'on' ? cgnssinfoLine(epochView(g, w, now)) : undefined,
  };
}

function waypointsFrom(text: string): Waypoint[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ControlError(`--json must be a JSON array of waypoints: ${(e as Error).message}`);
  }
  if (!Array.isArray(raw) || raw.length === 0) throw new ControlError('--json must be a non-empty array of {"lat":..,"lon":..,"alt":..,"speed":km/h}');
  return raw.map((p, i) => {
    const o = p as Record<string, unknown>;
    const num = (k: string, min: number, max: number, required: boolean) => {
      const v = o?.[k];
      if (v === undefined && !required) return undefined;
      if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) throw new ControlError(`waypoint ${i + 1}: "${k}" must be a number from ${min} to ${max}`);
      return v;
    };
    return { lat: num('lat', -90, 90, true)!, lon: num('lon', -180, 180, true)!, alt: num('alt', -500, 20000, false), speedKmh: num('speed', 0, 2000, false) };
  });
}

export const gnssActions: readonly ControlAction[] = [
  {
    name: 'set position',
    summary: 'Where the module is (GNSS): latitude/longitude in degrees, altitude m MSL, speed km/h, course °',
    params: {
      lat: { type: 'number', description: 'degrees, -90..90 (north positive)', required: true },
      lon: { type: 'number', description: 'degrees, -180..180 (east positive)', required: true },
      alt: { type: 'number', description: 'metres above mean sea level (default 0)' },
      speed: { type: 'number', description: 'speed over ground, km/h (default 0)' },
      course: { type: 'number', description: 'course over ground, degrees true 0..360 (default 0)' },
    },
    run: (modem, p) => {
      const lat = rangedParam(p, 'lat', -90, 90, { integer: false })!;
      const lon = rangedParam(p, 'lon', -180, 180, { integer: false })!;
      const alt = rangedParam(p, 'alt', -500, 20000, { integer: false }) ?? 0;
      const speed = rangedParam(p, 'speed', 0, 2000, { integer: false }) ?? 0;
      const course = rangedParam(p, 'course', 0, 360, { integer: false }) ?? 0;
      world(modem).position = { kind: 'fixed', motion: { lat, lon, alt, speedMps: speed / 3.6, courseDeg: course % 360 } };
      return status(modem);
    },
  },
  {
    name: 'set track',
    summary: 'Waypoints the module follows from now, each leg at the speed (km/h) of its first point',
    params: { json: { type: 'string', description: '[{"lat":31.2,"lon":121.4,"alt":10,"speed":50}, ...]', required: true } },
    run: (modem, p) => {
      world(modem).position = { kind: 'track', waypoints: waypointsFrom(String(p.json)), startedAt: modem.clock.now() };
      return status(modem);
    },
  },
  {
    name: 'set sky',
    summary: 'What the GNSS antenna sees: open or closed sky, signal attenuation in dB, geoid separation',
    params: {
      open: { type: 'boolean', description: 'false: no satellite at all (indoors, no antenna)' },
      attenuation: { type: 'number', description: 'dB taken off every satellite C/N0 (0-60)' },
      geoid: { type: 'number', description: 'geoid separation reported in GGA, metres (-120..120)' },
    },
    run: (modem, p) => {
      const w = world(modem);
      if (p.open !== undefined) w.sky.open = p.open as boolean;
      const att = rangedParam(p, 'attenuation', 0, 60, { integer: false });
      if (att !== undefined) w.sky.attenuationDb = att;
      const geoid = rangedParam(p, 'geoid', -120, 120, { integer: false });
      if (geoid !== undefined) w.geoidSeparationM = geoid;
      return status(modem);
    },
  },
  {
    name: 'set agnss',
    summary: 'The AGNSS server +CAGPS downloads assistance data from (HTTP GET over a real TCP connection)',
    params: {
      server: { type: 'string', description: 'dotted address, or a name the network world lists in its hosts' },
      port: { type: 'number', description: 'TCP port 1-65535' },
      path: { type: 'string', description: 'path of the file, e.g. /agnss/current.bin' },
      validity: { type: 'number', description: 'how long downloaded data helps a start, seconds' },
    },
    run: (modem, p) => {
      const a = world(modem).agnss;
      if (p.server !== undefined) {
        if (String(p.server).trim() === '') throw new ControlError('--server must not be empty');
        a.server = String(p.server);
      }
      const port = rangedParam(p, 'port', 1, 65535);
      if (port !== undefined) a.port = port;
      if (p.path !== undefined) {
        if (!String(p.path).startsWith('/')) throw new ControlError('--path must start with "/"');
        a.path = String(p.path);
      }
      const validity = rangedParam(p, 'validity', 1, 30 * 86400);
      if (validity !== undefined) a.validityMs = validity * 1000;
      return { ...a };
    },
  },
  {
    name: 'gnss status',
    summary: 'The GNSS receiver: engine state, backup data, settings, position and +CGNSSINFO now',
    params: {},
    run: (modem) => status(modem),
  },
  {
    name: 'gnss nmea',
    summary: 'The last NMEA sentences the receiver output (those for the USB NMEA port are only here)',
    params: {
      count: { type: 'number', description: 'how many (default 50, at most 2000)' },
      port: { type: 'string', description: 'uart or usb-nmea (default both)' },
    },
    run: (modem, p) => {
      const count = rangedParam(p, 'count', 1, 2000) ?? 50;
      const port = choiceParam(p, 'port', ['uart', 'usb-nmea'] as const);
      return gnssOutput(modem).recent(count, port);
    },
  },
];

// The simulated GNSS receiver at work: starting (cold, warm, hot, assisted) with its time to
// first fix, what it sees and computes at an instant (an EpochView: satellites, and a fix with
// position, velocity, time and DOPs once it has one), its sleep and periodic power-saving
// windows, and the once-per-epoch output: raw NMEA (+CGNSSTST), the periodic +CGPSINFO /
// +CGNSSINFO reports and the +CGNSSFTM test lines, routed per +CGNSSPORTSWITCH.
//
// Time to first fix, open sky (from the datasheets of receivers of this family — the module's
// product string names an Airoha AG3352, see +CGNSSPROD):
//   cold 26 s  — Quectel LC76G (AG3352Q) "Cold start 26 s, autonomous" (Waveshare L76K/LC76G wiki)
//   warm 25 s  — Airoha AG3335 receivers "Warm start < 25 s" (Teltonika FMC650 GNSS features)
//   hot   1 s  — the same sources: "Hot start < 1 s"
//   cold or warm with assistance data (+CAGPS) 5 s — LC76G "5 s with EPO"
// What a start can use: ephemeris from a fix less than 4 h old (IS-GPS-200's 4-hour curve fit)
// allows a hot start, an almanac less than 30 days old a warm start; otherwise it is cold.
// A hot start asked for (+CGPSHOT) without the data for it starts as what the data allows.
//
// Sky: closed → no satellites, no fix; opened again → a new acquisition, hot if the ephemeris is
// still valid. Satellites and DOPs come from simulator/gnss/sky.ts. A fix needs 4 satellites in
// use (3D); with 3 the receiver holds its altitude (2D fix).
//
// Output timing: one epoch per 1/+CGNSSNMEARATE s, on the whole second of UTC as receivers
// output, only while something is to be printed (raw NMEA on, a periodic report, test mode).
// The UART between the module and the GNSS chip (+CGNSSIPR) carries 1/10 of its rate in bytes
// per second: sentences of an epoch beyond that are lost, as on the wire.

import type { ModemServices } from '../core/handler.js';
import type { Modem } from '../core/modem.js';
import type { ModemState, ReactEvent } from '../state/modem-state.js';
import type { GnssState, ReceiverBackup, StartKind } from '../state/gnss.js';
import { KNOTS_PER_MPS } from './geodesy.js';
import { epochSentences, type EpochView } from './nmea.js';
import { dilutions, MODE_SYSTEMS, satellitesInView } from './sky.js';
import { gnssWorld, motionAt, type GnssWorld } from './world.js';
import { cgnssinfoLine, cgpsinfoLine, ftmLines } from './info.js';
import { gnssOutput } from './output.js';

export const TTFF_MS = { cold: 26_000, warm: 25_000, hot: 1_000, assisted: 5_000 } as const;
export const EPHEMERIS_VALID_MS = 4 * 3600_000;
export const ALMANAC_VALID_MS = 30 * 24 * 3600_000;

/** What kind of start the backup data allows now, for a start that asks for `requested`. */
export function startKind(backup: ReceiverBackup, now: number, requested?: StartKind): StartKind {
  const ephemeris = backup.ephemerisAt !== undefined && now - backup.ephemerisAt < EPHEMERIS_VALID_MS;
  const almanac = backup.almanacAt !== undefined && now - backup.almanacAt < ALMANAC_VALID_MS;
  const possible: StartKind = ephemeris ? 'hot' : almanac ? 'warm' : 'cold';
  if (requested === 'cold') return 'cold';
  if (requested === 'warm') return possible === 'cold' ? 'cold' : 'warm';
  return possible;
}

export function assisted(backup: ReceiverBackup, world: GnssWorld, now: number): boolean {
  return backup.assistanceAt !== undefined && now - backup.assistanceAt < world.agnss.validityMs;
}

export function ttffFor(kind: StartKind, backup: ReceiverBackup, world: GnssWorld, now: number): number {
  if (kind === 'hot') return TTFF_MS.hot;
  return assisted(backup, world, now) ? TTFF_MS.assisted : TTFF_MS[kind];
}

/**
 * (Re)start navigation. +CGPSCOLD forgets ephemeris and almanac, +CGPSWARM the ephemeris;
 * downloaded assistance data is in flash and stays (it is what makes a cold start short).
 */
export function startEngine(g: GnssState, world: GnssWorld, now: number, requested?: StartKind): void {
  noteFix(g, world, now);
  if (requested === 'cold') g.backup = { assistanceAt: g.backup.assistanceAt };
  if (requested === 'warm') g.backup = { almanacAt: g.backup.almanacAt, assistanceAt: g.backup.assistanceAt };
  const kind = startKind(g.backup, now, requested);
  g.engine = { status: 'running', start: kind, searchingSince: world.sky.open ? now : undefined, ttffMs: ttffFor(kind, g.backup, world, now) };
  if (g.flp.on) g.flp.since = now;
}

/**
 * Whether the engine has had time to fix. It follows the sky through `searchingSince` (cleared
 * when the sky closes, see followSky), so a sky closed by a control action a moment ago still
 * counts as the fix the receiver had until then.
 */
function acquired(g: GnssState, world: GnssWorld, now: number): boolean {
  const e = g.engine;
  if (e.status !== 'running' || e.searchingSince === undefined) return false;
  if (now < e.searchingSince + e.ttffMs) return false;
  const flp = flpWindow(g, world, now);
  return !flp || (!flp.sleeping && now - flp.start >= TTFF_MS.hot);
}

/**
 * +CGNSSFLP duty cycle: run for <firstrun> s, sleep for <firstsleep> s, again and again; while
 * the sky gives no signal, <secondrun>/<secondsleep> instead (when set). Undefined when off.
 */
export function flpWindow(g: GnssState, world: GnssWorld, now: number): { sleeping: boolean; start: number } | undefined {
  const f = g.flp;
  if (!f.on || g.engine.status !== 'running') return undefined;
  const noSignal = !world.sky.open;
  const run = (noSignal && f.secondRun > 0 ? f.secondRun : f.firstRun) * 1000;
  const sleep = (noSignal && f.secondSleep > 0 ? f.secondSleep : f.firstSleep) * 1000;
  const cycle = run + sleep;
  if (cycle <= 0) return undefined;
  const into = (now - f.since) % cycle;
  return into < run ? { sleeping: false, start: now - into } : { sleeping: true, start: now - into + run };
}

/** Whether the receiver computes now: running and not in a power-saving sleep window. */
export function awake(g: GnssState, world: GnssWorld, now: number): boolean {
  if (g.engine.status !== 'running') return false;
  return !flpWindow(g, world, now)?.sleeping;
}

/** What the receiver sees and computes at `now`; undefined while it is off or asleep. */
export function epochView(g: GnssState, world: GnssWorld, now: number): EpochView | undefined {
  if (!awake(g, world, now)) return undefined;
  const motion = motionAt(world, now);
  const systems = MODE_SYSTEMS[g.mode];
  const satellites = world.sky.open ? systems.flatMap((s) => satellitesInView(s, motion, now, world.sky.attenuationDb)) : [];
  if (!world.sky.open || !acquired(g, world, now)) return { timeMs: now, systems, satellites: satellites.map((s) => ({ ...s, used: false })) };
  const used = satellites.filter((s) => s.used);
  const dops = used.length >= 4 ? dilutions(used) : used.length === 3 ? dilutions([...used, { elevation: 90, azimuth: 0 }]) : undefined;
  if (!dops) return { timeMs: now, systems, satellites: satellites.map((s) => ({ ...s, used: false })) };
  return {
    timeMs: now,
    systems,
    satellites,
    fix: {
      lat: motion.lat,
      lon: motion.lon,
      alt: motion.alt,
      geoidSep: world.geoidSeparationM,
      speedKn: motion.speedMps * KNOTS_PER_MPS,
      courseDeg: motion.courseDeg,
      fixType: used.length >= 4 ? 3 : 2,
      dops,
    },
  };
}

/** A fix now refreshes the backup memory (ephemeris, almanac, time). */
export function noteFix(g: GnssState, world: GnssWorld, now: number): void {
  if (acquired(g, world, now)) g.backup = { ...g.backup, ephemerisAt: now, almanacAt: now };
}

/** The sky opened or closed under a running engine: acquisition stops, or starts again. */
function followSky(g: GnssState, world: GnssWorld, now: number): void {
  const e = g.engine;
  if (e.status !== 'running') return;
  if (!world.sky.open && e.searchingSince !== undefined) {
    g.engine = { ...e, searchingSince: undefined };
  } else if (world.sky.open && e.searchingSince === undefined) {
    const kind = startKind(g.backup, now);
    g.engine = { ...e, start: kind, searchingSince: now, ttffMs: ttffFor(kind, g.backup, world, now) };
  }
}

/** Wake a sleeping engine (+CGNSSWAKEUP, the RTC wake-up time): navigation restarts. */
export function wakeEngine(g: GnssState, world: GnssWorld, now: number, services: Pick<ModemServices, 'clearTimer'>): void {
  services.clearTimer(g.output.wakeTimer);
  g.output.wakeTimer = undefined;
  startEngine(g, world, now);
}

/** The GNSS part of ModemServices.react: sky changes, backup refresh, the epoch timer. */
export function reactGnss(state: ModemState, services: ModemServices, _event: ReactEvent): void {
  const g = state.gnss;
  if (g.engine.status === 'off' && !g.output.ticker) return;
  const world = gnssWorld(services);
  const now = services.clock.now();
  noteFix(g, world, now);
  followSky(g, world, now);
  ensureTicker(g, services);
}

function needsTicker(g: GnssState): boolean {
  return g.engine.status !== 'off' && (g.tst === 1 || g.ftm === 1 || g.reports.cgpsinfo.everyS > 0 || g.reports.cgnssinfo.everyS > 0);
}

/** Keeps the epoch timer running while output is wanted (and stops it otherwise). */
export function ensureTicker(g: GnssState, services: ModemServices): void {
  if (!needsTicker(g)) {
    services.clearTimer(g.output.ticker);
    g.output.ticker = undefined;
    return;
  }
  if (g.output.ticker) return;
  const period = Math.round(1000 / g.rateHz);
  const now = services.clock.now();
  const delay = period - (now % period);
  g.output.ticker = services.setTimer(delay, () => {
    g.output.ticker = undefined;
    epoch(services);
    // ModemServices.setTimer runs react after this, which arms the next epoch.
  });
}

/** One epoch: NMEA, due periodic reports, test-mode lines. */
function epoch(services: ModemServices): void {
  const modem = services.instance;
  const g = modem.state.gnss;
  if (g.engine.status === 'off') return;
  const world = gnssWorld(services);
  const now = services.clock.now();
  const view = epochView(g, world, now);
  if (g.tst === 1 && view) {
    emitNmea(modem, g, epochSentences(view, g.nmea, g.output.epoch));
    g.output.epoch++;
  }
  for (const [kind, line] of [
    ['cgpsinfo', cgpsinfoLine],
    ['cgnssinfo', cgnssinfoLine],
  ] as const) {
    const r = g.reports[kind];
    if (r.everyS > 0 && now >= r.nextAt) {
      r.nextAt = now + r.everyS * 1000;
      emitReport(modem, g, line(view));
    }
  }
  if (g.ftm === 1 && view) modem.urc(ftmLines(view));
}

/** A periodic report, to the port +CGNSSPORTSWITCH <parse_data_port> names. */
export function emitReport(modem: Modem, g: GnssState, line: string): void {
  if (g.parsePort === 1) modem.urc(line);
  else modem.log(`gnss: report for the USB AT port (+CGNSSPORTSWITCH parse port 0), not on the UART: ${line}`);
}

/** Raw NMEA of an epoch, limited by the GNSS UART's rate, to the UART or the USB NMEA port. */
export function emitNmea(modem: Modem, g: GnssState, lines: readonly string[]): void {
  const budget = Math.floor(g.baud / 10 / g.rateHz);
  const sent: string[] = [];
  let bytes = 0;
  for (const l of lines) {
    bytes += l.length + 2;
    if (bytes > budget) break;
    sent.push(l);
  }
  if (sent.length < lines.length) modem.log(`gnss: ${lines.length - sent.length} NMEA sentence(s) of this epoch did not fit in ${g.baud} bit/s (+CGNSSIPR)`);
  if (sent.length === 0) return;
  const out = gnssOutput(modem);
  out.record(g.nmeaPort === 1 ? 'uart' : 'usb-nmea', sent, modem.clock.now());
  if (g.nmeaPort === 1) out.toUart(modem, sent);
}

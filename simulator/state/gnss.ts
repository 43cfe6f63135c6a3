// The GNSS receiver of the module (manual chapter 21): its power and navigation engine, the
// settings of its commands, and what its backup memory keeps between starts.
//
// Saving: +CGNSSIPR, +CGNSSMODE and +CGNSSNMEA are "SAVE" in the manual (kept in NVRAM, the
// table records them as AUTO_SAVE); every other setting of the chapter is NO_SAVE and returns to
// its factory value at power-on. Factory values are the manual's read examples: +CGNSSMODE: 15,
// +CGNSSIPR: 115200, +CGNSSNMEA: 1,1,1,1,1,1,1,0,0,0, +CGNSSNMEARATE: 1, +CGNSSTST: 0,
// +CGNSSFLP: 0,0,0,0,0, +CGNSSALP: 0, +CGNSSGLP: 0, +CGNSSFTM: 0, +CGPSINFO/+CGNSSINFO: 0.
// +CGNSSPWR starts at 0 (the receiver is off until AT+CGNSSPWR=1); +CGNSSFITNESS, whose example
// reads 1 without showing a write before it, starts at 0 ("normal mode"). The manual gives no
// default for +CGNSSPORTSWITCH: 0,0 is taken (parsed data and raw NMEA on the USB ports, which
// is why SIMCom's examples switch raw NMEA to the UART with AT+CGNSSPORTSWITCH=0,1).
//
// The backup memory (ephemeris, almanac, time, downloaded assistance data) is the receiver's
// battery-backed RAM and flash: it survives GNSS power-off and module restarts (the supply
// stays), so `create` carries it over.
//
// Engine lifecycle: off → running (searching until its time to first fix, then fixed while the
// sky allows) ⇄ sleeping (+CGNSSSLEEP, or +CGNSSRTC's RTC mode with or without a wake-up time).
// The navigation itself is in simulator/gnss/receiver.ts.

import type { TimerHandle } from '../core/clock.js';
import type { GnssMode } from '../gnss/sky.js';
import { defineSlice } from './modem-state.js';
import { reactGnss } from '../gnss/receiver.js';

export type StartKind = 'cold' | 'warm' | 'hot';

export type GnssEngine =
  | { status: 'off' }
  /** `searchingSince`: when the current acquisition began; undefined while the sky is closed. */
  | { status: 'running'; start: StartKind; searchingSince: number | undefined; ttffMs: number }
  /** `wakeAt`: +CGNSSRTC=<rtctime> wakes it then; undefined: only +CGNSSWAKEUP does. */
  | { status: 'sleeping'; cause: 'sleep' | 'rtc'; since: number; wakeAt?: number };

/** What the receiver knows from earlier fixes and downloads (clock ms of when it learnt it). */
export interface ReceiverBackup {
  ephemerisAt?: number;
  almanacAt?: number;
  assistanceAt?: number;
}

/** +CGNSSFLP: run/sleep durations in seconds; `since` starts the duty cycle. */
export interface FlpSettings {
  on: 0 | 1;
  firstRun: number;
  firstSleep: number;
  secondRun: number;
  secondSleep: number;
  since: number;
}

/** A periodic +CGPSINFO/+CGNSSINFO report: every `everyS` seconds (0 off), next due at `nextAt`. */
export interface PeriodicReport {
  everyS: number;
  nextAt: number;
}

export interface GnssState {
  /** +CGNSSMODE (SAVE). */
  mode: GnssMode;
  /** +CGNSSIPR: the UART between the module and the GNSS chip (SAVE). */
  baud: number;
  /** +CGNSSNMEA: every n-th epoch per sentence type, in SENTENCE_ORDER (SAVE). */
  nmea: number[];
  /** +CGNSSNMEARATE: epochs per second. */
  rateHz: number;
  /** +CGNSSTST: raw NMEA output on. */
  tst: 0 | 1;
  /** +CGNSSPORTSWITCH: parsed data (periodic reports) 0 USB AT port / 1 UART; raw NMEA 0 USB NMEA port / 1 UART. */
  parsePort: 0 | 1;
  nmeaPort: 0 | 1;
  fitness: 0 | 1;
  glp: 0 | 1;
  alp: 0 | 1 | 2;
  flp: FlpSettings;
  /** +CGNSSFTM: test mode (per-satellite C/N0 report every second). */
  ftm: 0 | 1;
  reports: { cgpsinfo: PeriodicReport; cgnssinfo: PeriodicReport };
  engine: GnssEngine;
  backup: ReceiverBackup;
  /** Output in progress (not data: the epoch timer of this power cycle). */
  output: { ticker: TimerHandle | undefined; epoch: number; wakeTimer: TimerHandle | undefined };
  /** +CAGPS download in progress. */
  agps: 'idle' | 'downloading';
}

declare module './modem-state.js' {
  interface ModemState {
    gnss: GnssState;
  }
}

export const FACTORY_GNSS = {
  mode: 15 as GnssMode,
  baud: 115200,
  nmea: [1, 1, 1, 1, 1, 1, 1, 0, 0, 0],
} as const;

export const GNSS_MODES: readonly GnssMode[] = [1, 3, 5, 9, 13, 15];
export const GNSS_BAUD_RATES: readonly number[] = [9600, 115200, 230400, 921600];

function freshGnss(previous: GnssState | undefined): GnssState {
  return {
    mode: FACTORY_GNSS.mode,
    baud: FACTORY_GNSS.baud,
    nmea: [...FACTORY_GNSS.nmea],
    rateHz: 1,
    tst: 0,
    parsePort: 0,
    nmeaPort: 0,
    fitness: 0,
    glp: 0,
    alp: 0,
    flp: { on: 0, firstRun: 0, firstSleep: 0, secondRun: 0, secondSleep: 0, since: 0 },
    ftm: 0,
    reports: { cgpsinfo: { everyS: 0, nextAt: 0 }, cgnssinfo: { everyS: 0, nextAt: 0 } },
    engine: { status: 'off' },
    backup: previous ? { ...previous.backup } : {},
    output: { ticker: undefined, epoch: 0, wakeTimer: undefined },
    agps: 'idle',
  };
}

export const gnssSlice = defineSlice({
  key: 'gnss',
  create: (_profile, previous) => freshGnss(previous),
  nvram: {
    save: (g) => ({ mode: g.mode, baud: g.baud, nmea: g.nmea }),
    load: (g, data) => {
      const d = data as { mode?: unknown; baud?: unknown; nmea?: unknown } | undefined;
      if (!d || typeof d !== 'object') return;
      if (GNSS_MODES.includes(d.mode as GnssMode)) g.mode = d.mode as GnssMode;
      if (GNSS_BAUD_RATES.includes(d.baud as number)) g.baud = d.baud as number;
      if (Array.isArray(d.nmea) && d.nmea.length === 10 && d.nmea.every((n) => Number.isInteger(n) && n >= 0 && n <= 9)) g.nmea = [...(d.nmea as number[])];
    },
  },
  react: reactGnss,
});

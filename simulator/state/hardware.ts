// The board around the module and the module's hardware settings (manual chapter 9): supply
// voltage and temperature with their alarms, the ADC inputs, the GPIOs and the NAU8810 audio
// codec on the IIC bus.
//
// Two kinds of data live here:
//   - the physical world (supply voltage, temperature, ADC input voltages, levels driven onto
//     input GPIOs): set from outside through the control API, carried over a module restart;
//   - the module's settings (+CVALARM, +CPMVT, +CMTE, GPIO direction and output level, codec
//     registers): back to their saved or factory values at every start.
//
// Saving: +CVALARM, +CPMVT, +CMTE, +CGDRT and +CGSETV take a <save to flash> argument; what is
// written with it set to 1 is restored at power-on (NVRAM), the rest lasts until power-off.
// The manual also marks +CVALARM and +CPMVT AUTO_SAVE, contradicting that argument's reason to
// exist; the argument is followed. GPIOs start as inputs after power-on (§9.2.11's note) unless
// a direction was saved.
//
// Supervision (hardware-monitor.ts) watches the supply and temperature against the alarms.

import type { TimerHandle } from '../core/clock.js';
import type { HardwareProfile, Profile } from '../profiles/profile.js';
import { checkHardware } from './hardware-monitor.js';
import { defineSlice } from './modem-state.js';

export interface VoltageThresholds {
  enabled: boolean;
  /** 3200-4000 mV: below it, the alarm (or power-off) triggers. */
  lowMv: number;
  /** 4001-4300 mV: above it, likewise. */
  highMv: number;
}

export interface GpioState {
  direction: 'in' | 'out';
  /** The level the module drives on an output. */
  output: 0 | 1;
}

/** What <save to flash> wrote: restored at every power-on. */
export interface SavedHardwareSettings {
  voltageAlarm?: VoltageThresholds;
  voltagePowerOff?: VoltageThresholds;
  temperatureAlarm?: boolean;
  gpio: Record<number, Partial<GpioState>>;
}

export interface HardwareState {
  /** The physical world. */
  supplyMv: number;
  temperatureC: number;
  adcMv: [number, number];
  /** Levels applied to the pins from outside (read by +CGGETV on inputs). */
  gpioInputs: Record<number, 0 | 1>;
  /** Settings. */
  voltageAlarm: VoltageThresholds;
  voltagePowerOff: VoltageThresholds;
  temperatureAlarm: boolean;
  gpios: number[];
  gpio: Record<number, GpioState>;
  /** NAU8810 registers 0x00-0x4F, 9 bits each. */
  codec: number[];
  saved: SavedHardwareSettings;
  /** Supervision in progress (not data: timers of this power cycle). */
  monitor: {
    /** The supply alarm being repeated every 10 s, if any. */
    warning: 'under' | 'over' | undefined;
    timer: TimerHandle | undefined;
    /** The temperature level last reported by +CMTE (0: normal). */
    temperatureLevel: number;
  };
}

declare module './modem-state.js' {
  interface ModemState {
    hardware: HardwareState;
  }
}

/** The manual's defaults: 3200 mV and 4300 mV (§9.2.1, §9.2.5), both off. */
export const DEFAULT_THRESHOLDS: Readonly<VoltageThresholds> = { enabled: false, lowMv: 3200, highMv: 4300 };

export const DEFAULT_HARDWARE: Readonly<HardwareProfile> = {
  supplyMv: 3749,
  temperatureC: 15,
  adcMv: [908, 904],
  gpios: [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  simDetectLevel: 0,
};

/**
 * NAU8810 power-on register values (Nuvoton NAU8810 datasheet, register map): the manual's
 * examples read two of them, R15 ADC volume 0x0FF and R6 clock control 0x140.
 */
export const NAU8810_DEFAULTS: Readonly<Record<number, number>> = {
  0x04: 0x050,
  0x06: 0x140,
  0x0b: 0x0ff,
  0x0e: 0x100,
  0x0f: 0x0ff,
  0x12: 0x12c,
  0x13: 0x02c,
  0x14: 0x02c,
  0x15: 0x02c,
  0x16: 0x02c,
  0x18: 0x032,
  0x20: 0x038,
  0x21: 0x00b,
  0x22: 0x032,
  0x24: 0x008,
  0x25: 0x00c,
  0x26: 0x093,
  0x27: 0x0e9,
  0x2c: 0x003,
  0x2d: 0x010,
  0x2f: 0x100,
  0x31: 0x002,
  0x32: 0x001,
  0x36: 0x039,
  0x38: 0x001,
};

export const CODEC_REGISTERS = 0x50;

export function codecDefaults(): number[] {
  return Array.from({ length: CODEC_REGISTERS }, (_, r) => NAU8810_DEFAULTS[r] ?? 0);
}

function applySaved(hw: HardwareState): void {
  const s = hw.saved;
  if (s.voltageAlarm) hw.voltageAlarm = { ...s.voltageAlarm };
  if (s.voltagePowerOff) hw.voltagePowerOff = { ...s.voltagePowerOff };
  if (s.temperatureAlarm !== undefined) hw.temperatureAlarm = s.temperatureAlarm;
  for (const [n, g] of Object.entries(s.gpio)) {
    const pin = hw.gpio[Number(n)];
    if (!pin) continue;
    if (g.direction) pin.direction = g.direction;
    if (g.output !== undefined) pin.output = g.output;
  }
}

function freshHardware(profile: Profile, previous: HardwareState | undefined): HardwareState {
  const board = profile.hardware ?? DEFAULT_HARDWARE;
  const gpios = [...board.gpios];
  return {
    supplyMv: previous?.supplyMv ?? board.supplyMv,
    temperatureC: previous?.temperatureC ?? board.temperatureC,
    adcMv: previous ? [...previous.adcMv] : [...board.adcMv],
    gpioInputs: previous ? { ...previous.gpioInputs } : {},
    voltageAlarm: { ...DEFAULT_THRESHOLDS },
    voltagePowerOff: { ...DEFAULT_THRESHOLDS },
    temperatureAlarm: false,
    gpios,
    gpio: Object.fromEntries(gpios.map((n) => [n, { direction: 'in', output: 0 } as GpioState])),
    codec: codecDefaults(),
    saved: { gpio: {} },
    monitor: { warning: undefined, timer: undefined, temperatureLevel: 0 },
  };
}

function validThresholds(v: unknown): VoltageThresholds | undefined {
  const t = v as Partial<VoltageThresholds> | undefined;
  if (!t || typeof t.enabled !== 'boolean' || typeof t.lowMv !== 'number' || typeof t.highMv !== 'number') return undefined;
  return { enabled: t.enabled, lowMv: t.lowMv, highMv: t.highMv };
}

export const hardwareSlice = defineSlice({
  key: 'hardware',
  create: (profile, previous) => freshHardware(profile, previous),
  nvram: {
    save: (hw) => hw.saved,
    // Loaded at power-on only: what was saved is what is in force from now on.
    load: (hw, data) => {
      const d = data as Partial<SavedHardwareSettings> | undefined;
      if (!d || typeof d !== 'object') return;
      hw.saved = {
        voltageAlarm: validThresholds(d.voltageAlarm),
        voltagePowerOff: validThresholds(d.voltagePowerOff),
        temperatureAlarm: typeof d.temperatureAlarm === 'boolean' ? d.temperatureAlarm : undefined,
        gpio: {},
      };
      for (const [n, g] of Object.entries(d.gpio ?? {})) {
        const entry: Partial<GpioState> = {};
        if (g?.direction === 'in' || g?.direction === 'out') entry.direction = g.direction;
        if (g?.output === 0 || g?.output === 1) entry.output = g.output;
        hw.saved.gpio[Number(n)] = entry;
      }
      applySaved(hw);
    },
  },
  // A module that starts on a supply outside its +CPMVT thresholds powers off again at once.
  onReady: (hw, modem) => checkHardware(hw, modem),
});

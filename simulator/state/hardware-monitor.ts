// Supervision of the supply voltage and the temperature (manual §9.2.1 +CVALARM, §9.2.5
// +CPMVT, §9.2.4 +CMTE, URCs of §9.3).
//
//   +CVALARM on, supply below <low voltage>:   "UNDER-VOLTAGE WARNNING" now and every 10 s
//                        above <high voltage>: "OVER-VOLTAGE WARNNING"  now and every 10 s
//   +CPMVT on, supply outside its thresholds:  "UNDER-VOLTAGE WARNNING POWER DOWN" (or OVER-)
//                                              and the module powers itself off
//   +CMTE on, temperature leaves the normal band: "+CMTE: <level>" once per new level:
//                                              -2 below -45 °C, -1 (-45,-30], 1 (80,85], 2 over 85
//
// The spelling WARNNING is the manual's in §9.2.1 and §9.2.5 and what firmware matches on
// (driver code in the wild looks for "UNDER-VOLTAGE WARNNING"); the §9.3 table prints WARNING.
// The §9.3 table prints the temperature URC without its "+"; the command's own prefix +CMTE is
// used, as for every other URC of the manual.
//
// When: the supervision runs when the module starts, when the control API changes the supply
// or the temperature, and after a command changes the thresholds (right after its OK: a
// command that brings the module below an enabled power-off threshold gets its OK, then the
// URC, then silence). Repeats run on power-cycle timers, so nothing fires after a power-off.

import type { Effect, ModemServices } from '../core/handler.js';
import type { HardwareState } from './hardware.js';

export const WARNING_REPEAT_MS = 10_000;

export const SUPPLY_URC = {
  under: 'UNDER-VOLTAGE WARNNING',
  over: 'OVER-VOLTAGE WARNNING',
  underPowerDown: 'UNDER-VOLTAGE WARNNING POWER DOWN',
  overPowerDown: 'OVER-VOLTAGE WARNNING POWER DOWN',
} as const;

/** The +CPMVT URC when the supply is outside its enabled power-off thresholds. */
export function powerDownReason(hw: HardwareState): string | undefined {
  const p = hw.voltagePowerOff;
  if (!p.enabled) return undefined;
  if (hw.supplyMv < p.lowMv) return SUPPLY_URC.underPowerDown;
  if (hw.supplyMv > p.highMv) return SUPPLY_URC.overPowerDown;
  return undefined;
}

export function supplyWarning(hw: HardwareState): 'under' | 'over' | undefined {
  const a = hw.voltageAlarm;
  if (!a.enabled) return undefined;
  if (hw.supplyMv < a.lowMv) return 'under';
  if (hw.supplyMv > a.highMv) return 'over';
  return undefined;
}

/** The §9.3 <temp_level> of a temperature: 0 in the normal band. */
export function temperatureLevel(celsius: number): number {
  if (celsius <= -45) return -2;
  if (celsius <= -30) return -1;
  if (celsius > 85) return 2;
  if (celsius > 80) return 1;
  return 0;
}

function stopWarnings(hw: HardwareState, modem: ModemServices): void {
  modem.clearTimer(hw.monitor.timer);
  hw.monitor.timer = undefined;
  hw.monitor.warning = undefined;
}

/** Warnings started or stopped and +CMTE reported as the state now says; never powers off. */
export function supervise(hw: HardwareState, modem: ModemServices): void {
  const warning = supplyWarning(hw);
  if (warning !== hw.monitor.warning) {
    stopWarnings(hw, modem);
    hw.monitor.warning = warning;
    if (warning) {
      const text = SUPPLY_URC[warning];
      const tick = () => {
        modem.urc(text);
        hw.monitor.timer = modem.setTimer(WARNING_REPEAT_MS, tick);
      };
      tick();
    }
  }
  const level = hw.temperatureAlarm ? temperatureLevel(hw.temperatureC) : 0;
  if (level !== hw.monitor.temperatureLevel) {
    hw.monitor.temperatureLevel = level;
    if (level !== 0) modem.urc(`+CMTE: ${level}`);
  }
}

/** The full check (start-up, control API): power off if +CPMVT says so, else supervise. */
export function checkHardware(hw: HardwareState, modem: ModemServices): void {
  const reason = powerDownReason(hw);
  if (reason) {
    stopWarnings(hw, modem);
    modem.powerOff([reason]);
    return;
  }
  supervise(hw, modem);
}

/** The same from a command: the power-off (or the supervision) runs after its final code. */
export function hardwareEffects(hw: HardwareState, modem: ModemServices): Effect[] {
  const reason = powerDownReason(hw);
  if (reason) return [{ type: 'power-off', lines: [reason] }];
  return [{ type: 'task', run: async () => supervise(hw, modem) }];
}

// SIM767XX §9.2.1 AT+CVALARM Low and high voltage alarm, §9.2.5 AT+CPMVT Low and high voltage
// power off. Same shape:
//
//   AT+CVALARM=<enable>[,<low voltage>],[<high voltage>][,<save to flash>]
//   AT+CVALARM?      +CVALARM: <enable>,<low voltage>,<high voltage>
//
// <low voltage> 3200-4000 mV, <high voltage> 4001-4300 mV (factory 3200 and 4300, off); an
// omitted threshold keeps its current value. <save to flash> 1 keeps the setting over a restart
// (state/hardware.ts on why that, not the AUTO_SAVE label, decides). Out-of-range values:
// ERROR, nothing changed. What the alarms do is state/hardware-monitor.ts: warnings every 10 s
// for +CVALARM, "...WARNNING POWER DOWN" and power-off for +CPMVT; a supply already outside the
// new thresholds acts right after the OK. Factory state of both: off ("0 is the default value").

import { reply, type CommandContext, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { hardwareEffects } from '../../state/hardware-monitor.js';
import type { HardwareState, VoltageThresholds } from '../../state/hardware.js';

type Which = 'voltageAlarm' | 'voltagePowerOff';

function zeroOrOne(v: unknown): v is 0 | 1 {
  return v === 0 || v === 1;
}

function writeThresholds(ctx: CommandContext, which: Which) {
  const [enable, low, high, save] = ctx.args;
  if (!zeroOrOne(enable) || (save !== undefined && !zeroOrOne(save))) return reply(ERROR);
  if ((low !== undefined && typeof low !== 'number') || (high !== undefined && typeof high !== 'number')) return reply(ERROR);
  const hw: HardwareState = ctx.state.hardware;
  const next: VoltageThresholds = { enabled: enable === 1, lowMv: low ?? hw[which].lowMv, highMv: high ?? hw[which].highMv };
  hw[which] = next;
  if (save === 1) hw.saved[which] = { ...next };
  return reply(OK, [], hardwareEffects(hw, ctx.modem));
}

function readThresholds(prefix: string, t: VoltageThresholds) {
  return reply(OK, [`${prefix}: ${t.enabled ? 1 : 0},${t.lowMv},${t.highMv}`]);
}

export const cvalarm: CommandHandler = {
  name: '+CVALARM',
  read: (ctx) => readThresholds('+CVALARM', ctx.state.hardware.voltageAlarm),
  write: (ctx) => writeThresholds(ctx, 'voltageAlarm'),
};

export const cpmvt: CommandHandler = {
  name: '+CPMVT',
  read: (ctx) => readThresholds('+CPMVT', ctx.state.hardware.voltagePowerOff),
  write: (ctx) => writeThresholds(ctx, 'voltagePowerOff'),
};

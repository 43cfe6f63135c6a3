// SIM767XX §9.2.2 AT+CADC Read ADC value, §9.2.3 AT+CADC2 Read ADC2 value.
//
//   AT+CADC=<adc>    +CADC: <value>     <adc> 0 raw, 2 millivolts
//
// The inputs carry the voltage the control API set ("set adc"), by default the manual's
// examples: 908 mV on ADC, 904 mV on ADC2. The raw type is the converter's code; the manual
// does not give the converter, so a 12-bit converter over 0-1800 mV is assumed
// (raw = mV × 4096 / 1800, at most 4095) — a stated assumption, not a documented fact.

import { reply, type CommandContext, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';

export const ADC_FULL_SCALE_MV = 1800;

export function adcReading(mv: number, type: number): number {
  if (type === 2) return Math.round(mv);
  return Math.min(4095, Math.max(0, Math.floor((mv * 4096) / ADC_FULL_SCALE_MV)));
}

function read(prefix: string, input: 0 | 1) {
  return (ctx: CommandContext) => reply(OK, [`${prefix}: ${adcReading(ctx.state.hardware.adcMv[input], Number(ctx.args[0]))}`]);
}

export const cadc: CommandHandler = { name: '+CADC', write: read('+CADC', 0) };
export const cadc2: CommandHandler = { name: '+CADC2', write: read('+CADC2', 1) };

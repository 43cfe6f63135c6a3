// SIM767XX §9.2.8 AT+CBC Read the voltage value of the power supply, §9.2.9 AT+CPMUTEMP Read
// the temperature of the module.
//
//   AT+CBC        +CBC: 3.749V      (volts, three decimals, the manual's format)
//   AT+CPMUTEMP   +CPMUTEMP: 15     (whole °C)
//
// Both read the simulated board (state/hardware.ts), which the control API drives ("set supply",
// "set temperature"). The manual's +CPMUTEMP example omits the OK its response section shows;
// the response section is followed.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';

export const cbc: CommandHandler = {
  name: '+CBC',
  exec: (ctx) => reply(OK, [`+CBC: ${(ctx.state.hardware.supplyMv / 1000).toFixed(3)}V`]),
};

export const cpmutemp: CommandHandler = {
  name: '+CPMUTEMP',
  exec: (ctx) => reply(OK, [`+CPMUTEMP: ${Math.round(ctx.state.hardware.temperatureC)}`]),
};

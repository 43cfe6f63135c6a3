// SIM767XX §3.2.3 AT+CPOF Power down the module, §3.2.4 AT+CRESET Reset the module.
//
// AT+CPOF[=<mode>]: OK, then "POWERD DOWN" (the manual's spelling), then the UART is silent
// until the module is powered on again. AT+CRESET: OK, then the module restarts and prints its
// boot sequence (see the profile). NO_SAVE state is lost either way; NVRAM is kept.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';

const powerDown = () => reply(OK, [], [{ type: 'power-off', lines: ['POWERD DOWN'] }]);

export const cpof: CommandHandler = {
  name: '+CPOF',
  exec: powerDown,
  write: powerDown,
};

export const creset: CommandHandler = {
  name: '+CRESET',
  exec: (ctx) => reply(OK, [], [{ type: 'reboot', delayMs: ctx.modem.profile.boot.resetDelayMs }]),
};

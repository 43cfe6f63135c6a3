// SIM767XX §9.2.4 AT+CMTE Control the module critical temperature URC alarm.
//
//   AT+CMTE=<on off>[,<save to flash>]   AT+CMTE?  +CMTE: <on off>
//
// On: "+CMTE: <temp_level>" (§9.3) whenever the module's temperature enters a new band outside
// the normal one: -2 below -45 °C, -1 (-45,-30], 1 (80,85], 2 above 85 (state/hardware-
// monitor.ts). Switched on while already outside: the URC follows the OK. The manual gives no
// factory value: off. <save to flash> 1 keeps the setting over a restart.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { hardwareEffects } from '../../state/hardware-monitor.js';

export const cmte: CommandHandler = {
  name: '+CMTE',
  read: (ctx) => reply(OK, [`+CMTE: ${ctx.state.hardware.temperatureAlarm ? 1 : 0}`]),
  write: (ctx) => {
    const hw = ctx.state.hardware;
    hw.temperatureAlarm = ctx.args[0] === 1;
    if (ctx.args[1] === 1) hw.saved.temperatureAlarm = hw.temperatureAlarm;
    return reply(OK, [], hardwareEffects(hw, ctx.modem));
  },
};

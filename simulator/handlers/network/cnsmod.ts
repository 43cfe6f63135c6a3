// SIM767XX §4.2.7 AT+CNSMOD Show network system mode: +CNSMOD: <n>,<stat> with <stat> 0 no
// service, 1 GSM, 8 LTE (the module reports what it camps on); <n>=1 adds the URC
// "+CNSMOD: <stat>" on every change (raised by simulator/network/radio.ts). NO_SAVE.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { systemModeOf } from '../../network/radio.js';
import { networkWorld } from '../../network/world.js';

export const cnsmod: CommandHandler = {
  name: '+CNSMOD',
  read: (ctx) => reply(OK, [`+CNSMOD: ${ctx.state.network.urc.cnsmod},${systemModeOf(ctx.state, networkWorld(ctx.modem))}`]),
  write: (ctx) => {
    const net = ctx.state.network;
    net.urc.cnsmod = ctx.args[0] as number;
    net.systemMode = systemModeOf(ctx.state, networkWorld(ctx.modem));
    return reply(OK);
  },
};

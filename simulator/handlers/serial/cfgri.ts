// SIM767XX §8.2.11 AT+CFGRI Configure RI pin. <status> 1: every URC pulls RI for <URC_time> ms
// (10-6000, default 60), an SMS indication for <SMS_time> ms (20-6000, default 120); 0: RI is
// left alone. AT+CFGRI alone restores 0,60,120. An omitted time keeps its current value
// (manual §1.4). The pulse is Modem.signals.ri (the binding's get() reports it), and an MSC
// with IC=1 on the DLCs that print the URC while +CMUX runs (simulator/serial/serial-interface.ts).

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { FACTORY_RI } from '../../state/serial.js';

export const cfgri: CommandHandler = {
  name: '+CFGRI',
  read: (ctx) => {
    const ri = ctx.state.serial.ri;
    return reply(OK, [`+CFGRI: ${ri.enabled ? 1 : 0},${ri.urcMs},${ri.smsMs}`]);
  },
  write: (ctx) => {
    const ri = ctx.state.serial.ri;
    ri.enabled = ctx.args[0] === 1;
    if (ctx.args[1] !== undefined) ri.urcMs = Number(ctx.args[1]);
    if (ctx.args[2] !== undefined) ri.smsMs = Number(ctx.args[2]);
    return reply(OK);
  },
  exec: (ctx) => {
    ctx.state.serial.ri = { ...FACTORY_RI };
    return reply(OK);
  },
};

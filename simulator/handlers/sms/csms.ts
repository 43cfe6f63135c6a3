// SIM767XX §7.2.1 AT+CSMS Select message service (27.005 §3.2.1). <service> 0: phase 2
// (messages routed to the TE need no acknowledgement), 1: phase 2+ (+CMT/+CDS must be
// acknowledged with +CNMA). The module supports all three message types: <mt>,<mo>,<bm> = 1.
// NO_SAVE.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';

const SUPPORTED = '1,1,1';

export const csms: CommandHandler = {
  name: '+CSMS',
  read: (ctx) => reply(OK, [`+CSMS: ${ctx.state.sms.service},${SUPPORTED}`]),
  write: (ctx) => {
    ctx.state.sms.service = ctx.args[0] === 1 ? 1 : 0;
    if (ctx.state.sms.service === 0) ctx.state.sms.ack = { status: 'none' };
    return reply(OK, [`+CSMS: ${SUPPORTED}`]);
  },
};

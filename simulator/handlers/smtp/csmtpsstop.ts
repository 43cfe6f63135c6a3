// SIM767XX §22.2.11 AT+CSMTPSSTOP Force to stop sending e-mail: while a +CSMTPSSEND session
// runs, it is ended and its connection closed (OK, then "+CSMTPSSEND: 612", user cancel, §22.3);
// otherwise ERROR.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { smtpRuntime } from '../../smtp/send.js';
import { sending } from './common.js';

export const csmtpsstop: CommandHandler = {
  name: '+CSMTPSSTOP',
  exec: (ctx) => {
    const session = smtpRuntime(ctx.modem).current;
    if (!sending(ctx) || !session) return reply(ERROR);
    session.cancel();
    return reply(OK);
  },
};

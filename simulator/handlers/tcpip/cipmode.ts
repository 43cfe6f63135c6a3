// SIM767XX §13.2.10 AT+CIPMODE Set TCP/IP Application Mode.
//
// 0 non-transparent (default; the execute form sets it), 1 transparent: link 0's TCP connection
// becomes the channel's data session (simulator/tcpip/transparent.ts). It takes effect at the
// next AT+NETOPEN ("set AT+CIPMODE=1 before AT+NETOPEN", §13.2.10 note): a service already open
// keeps the mode it opened with. NO_SAVE.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';

export const cipmode: CommandHandler = {
  name: '+CIPMODE',
  read: (ctx) => reply(OK, [`+CIPMODE: ${ctx.state.tcpip.cipmode}`]),
  write: (ctx) => {
    ctx.state.tcpip.cipmode = ctx.arg('mode') as number;
    return reply(OK);
  },
  exec: (ctx) => {
    ctx.state.tcpip.cipmode = 0;
    return reply(OK);
  },
};

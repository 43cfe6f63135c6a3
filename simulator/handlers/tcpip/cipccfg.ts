// SIM767XX §13.2.12 AT+CIPCCFG Configure Parameters of Socket.
//
// <NmRetry>,<DelayTm>,<Ack>,<errMode>,<HeaderType>,<AsyncMode>,<TimeoutVal>, defaults
// 10,0,0,1,0,0,500 (the read example). In effect here: <DelayTm> delays the output of received
// data (ms), <errMode> prints <err_info> as number (0) or text (1), <HeaderType> chooses "+IPD<len>"
// (0) or "+RECEIVE,<link>,<len>" (1). <NmRetry> and <TimeoutVal> (retransmissions, minimum RTO)
// are kept and reported, but the host's TCP stack retransmits by its own rules; <Ack> (only 0)
// and <AsyncMode> are "to be compatible with old TCP/IP command set". An omitted value keeps its
// setting; the execute form restores the defaults. NO_SAVE.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { defaultCcfg, type CipCcfg } from '../../state/tcpip.js';

const ORDER: ReadonlyArray<keyof CipCcfg> = ['nmRetry', 'delayMs', 'ack', 'errMode', 'headerType', 'asyncMode', 'timeoutVal'];

export const cipccfg: CommandHandler = {
  name: '+CIPCCFG',
  read: (ctx) => reply(OK, [`+CIPCCFG: ${ORDER.map((k) => ctx.state.tcpip.ccfg[k]).join(',')}`]),
  write: (ctx) => {
    const c = ctx.state.tcpip.ccfg;
    ORDER.forEach((key, i) => {
      const v = ctx.args[i];
      if (typeof v === 'number') c[key] = v;
    });
    return reply(OK);
  },
  exec: (ctx) => {
    ctx.state.tcpip.ccfg = defaultCcfg();
    return reply(OK);
  },
};

// SIM767XX §13.2.11 AT+CIPTIMEOUT Set TCP/IP Timeout Value.
//
// AT+CIPTIMEOUT=[<netopen_timeout>][,[<cipopen_timeout>][,[<cipsend_timeout>]]]: 3000-120000 ms
// each (default 120000); an omitted value keeps its setting. They bound, on the module's clock,
// how long AT+NETOPEN, AT+CIPOPEN and AT+CIPSEND wait for the network. NO_SAVE.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';

export const ciptimeout: CommandHandler = {
  name: '+CIPTIMEOUT',
  read: (ctx) => {
    const t = ctx.state.tcpip.timeouts;
    return reply(OK, [`+CIPTIMEOUT: ${t.netopen},${t.cipopen},${t.cipsend}`]);
  },
  write: (ctx) => {
    const t = ctx.state.tcpip.timeouts;
    const [netopen, cipopen, cipsend] = ctx.args as [number?, number?, number?];
    if (netopen !== undefined) t.netopen = netopen;
    if (cipopen !== undefined) t.cipopen = cipopen;
    if (cipsend !== undefined) t.cipsend = cipsend;
    return reply(OK);
  },
};

// SIM767XX §24.2.18 AT+CMMSCFG Config the MMS context.
//
//   AT+CMMSCFG="data_mode",<mode>          OK   0 (default) files go into the module with
//                                               AT+CMMSDOWN; 1 only their name and size are
//                                               recorded, the data comes with AT+CMMSSEND
//   AT+CMMSCFG="mmssend_timeout",<timeout> OK   10000-600000 ms (default 10000)
//   AT+CMMSCFG="CID",<cid>                 OK   the PDP context of the MMS traffic (default 1)
//   AT+CMMSCFG="CID"                       +CMMSCFG: "CID",<cid>
//   AT+CMMSCFG?                            +CMMSCFG: "data_mode",<mode> / +CMMSCFG: "mmssend_timeout",<timeout>
//
// The read form lists the two values the manual shows (not the context). Not saved.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';

export const cmmscfg: CommandHandler = {
  name: '+CMMSCFG',
  read: (ctx) => {
    const m = ctx.state.mms;
    return reply(OK, [`+CMMSCFG: "data_mode",${m.dataMode}`, `+CMMSCFG: "mmssend_timeout",${m.sendTimeoutMs}`]);
  },
  write: (ctx) => {
    const m = ctx.state.mms;
    const keyword = String(ctx.args[0]).toLowerCase();
    const value = ctx.args[1] as number | undefined;
    if (keyword === 'data_mode') m.dataMode = Number(value);
    else if (keyword === 'mmssend_timeout') m.sendTimeoutMs = Number(value);
    else if (value === undefined) return reply(OK, [`+CMMSCFG: "CID",${m.cid}`]);
    else m.cid = value;
    return reply(OK);
  },
};

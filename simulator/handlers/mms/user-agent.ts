// SIM767XX §24.2.16 AT+CMMSUA Set the User-Agent of MMS packet, and §24.2.17 AT+CMMSPROFILE Set
// the User-Agent profile of MMS packet.
//
//   AT+CMMSUA="<useragent>"        OK      AT+CMMSUA?        +CMMSUA: "<useragent>"
//   AT+CMMSPROFILE="<profile>"     OK      AT+CMMSPROFILE?   +CMMSPROFILE: "<profile>"
//
// At most 511 bytes each (the table checks). AT+CMMSSEND sends them as the User-Agent and
// x-wap-profile (UAProf URL) headers of its HTTP request, an empty one not at all. The manual
// gives no defaults: the User-Agent starts as the module's model, the profile empty. Not saved.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';

export const cmmsua: CommandHandler = {
  name: '+CMMSUA',
  read: (ctx) => reply(OK, [`+CMMSUA: "${ctx.state.mms.userAgent}"`]),
  write: (ctx) => {
    ctx.state.mms.userAgent = String(ctx.arg('useragent'));
    return reply(OK);
  },
};

export const cmmsprofile: CommandHandler = {
  name: '+CMMSPROFILE',
  read: (ctx) => reply(OK, [`+CMMSPROFILE: "${ctx.state.mms.uaProfile}"`]),
  write: (ctx) => {
    ctx.state.mms.uaProfile = String(ctx.arg('profile'));
    return reply(OK);
  },
};

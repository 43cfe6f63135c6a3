// SIM767XX §4.2.4 AT+COPN Read operator names: the ME's operator name table, one
// +COPN: <numeric>,<alpha> per entry (the profile's `network.operatorNames`, which starts with
// the manual example's "46000","CMCC" and "46001","UNICOM").

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';

export const copn: CommandHandler = {
  name: '+COPN',
  exec: (ctx) => reply(OK, ctx.modem.profile.network.operatorNames.map(([plmn, name]) => `+COPN: "${plmn}","${name}"`)),
};

// SIM767XX §24.2.1 AT+CMMSCURL Set the URL of MMS center.
//
//   AT+CMMSCURL="<mmscurl>"   OK; a URL that names no host AT+CMMSSEND could reach: +CME ERROR: 177
//   AT+CMMSCURL?              +CMMSCURL: "<mmscurl>"  ("" until set)
//
// "The URI of MMS center, not including http://. The max length of <mmscurl> is 40 bytes" (the
// table checks the length): host[:port][/path]; one written with "http://" is read the same.
// The value is not saved (the manual gives no saving mode): power-on clears it.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { MMS_ERR } from '../../mms/errors.js';
import { parseMmscUrl } from '../../mms/send.js';
import { refuse } from './common.js';

export const cmmscurl: CommandHandler = {
  name: '+CMMSCURL',
  read: (ctx) => reply(OK, [`+CMMSCURL: "${ctx.state.mms.mmscUrl}"`]),
  write: (ctx) => {
    const url = String(ctx.arg('mmscurl'));
    if (!parseMmscUrl(url)) return refuse(ctx, MMS_ERR.INVALID_PARAMETER, `"${url}" is not host[:port][/path]`);
    ctx.state.mms.mmscUrl = url;
    return reply(OK);
  },
};

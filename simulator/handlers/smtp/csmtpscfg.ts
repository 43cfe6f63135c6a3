// SIM767XX §22.2.1 AT+CSMTPSCFG Config the SMTP context: the SSL context (AT+CSSLCFG 0-9) the
// session uses for <server_type> 2 and 3, and the PDP context it rides.
//   AT+CSMTPSCFG="sslCtxId"[,<sslctxid>]   set; without a value: +CSMTPSCFG: "sslCtxId",<sslctxid>
//   AT+CSMTPSCFG="pdpCtxId"[,<pdpctxid>]   the same for the PDP context
//   AT+CSMTPSCFG="CID"[,<cid>]             the same PDP context under the name of newer firmware
//   AT+CSMTPSCFG                           both back to their defaults (0 and 1)
// Our reading: "pdpCtxId" and "CID" name one setting (both are "the PDP context" of the session,
// default 1); each is printed back under the keyword it was asked with. The keywords are matched
// without regard to case (the table's literal check).

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { sending } from './common.js';

const KEYWORDS: Readonly<Record<string, { printed: string; field: 'sslContext' | 'cid' }>> = {
  sslctxid: { printed: 'sslCtxId', field: 'sslContext' },
  pdpctxid: { printed: 'pdpCtxId', field: 'cid' },
  cid: { printed: 'CID', field: 'cid' },
};

export const csmtpscfg: CommandHandler = {
  name: '+CSMTPSCFG',
  write: (ctx) => {
    const keyword = KEYWORDS[String(ctx.args[0]).toLowerCase()];
    if (!keyword) return reply(ERROR);
    const s = ctx.state.smtp;
    const value = ctx.args[1];
    if (value === undefined) return reply(OK, [`+CSMTPSCFG: "${keyword.printed}",${s[keyword.field]}`]);
    if (sending(ctx)) return reply(ERROR);
    s[keyword.field] = Number(value);
    return reply(OK);
  },
  exec: (ctx) => {
    if (sending(ctx)) return reply(ERROR);
    ctx.state.smtp.sslContext = 0;
    ctx.state.smtp.cid = 1;
    return reply(OK);
  },
};

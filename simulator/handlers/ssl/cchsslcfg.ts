// SIM767XX §17.2.10 AT+CCHSSLCFG Set the SSL context.
//
// AT+CCHSSLCFG=<session_id>,<ssl_ctx_index> chooses the AT+CSSLCFG context (0-9) the session's
// next SSL/TLS connection uses; without it AT+CCHOPEN uses the context numbered as the session
// (§17.2.10 note). "It must be called before AT+CCHOPEN and after AT+CCHSTART": ERROR when the
// service is not started, or the session is connecting or connected. "The setting will be
// cleared after AT+CCHOPEN failed or AT+CCHCLOSE" (cch-common.ts). AT+CCHCFG "sslctx" sets the
// same thing. AT+CCHSSLCFG? "+CCHSSLCFG: <session_id>,[<ssl_ctx_index>]" per session, the index
// empty when none is set (the manual's example).

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { startedCids } from '../../state/cch.js';

export const cchsslcfg: CommandHandler = {
  name: '+CCHSSLCFG',
  read: (ctx) => reply(OK, ctx.state.cch.sessions.map((s, n) => `+CCHSSLCFG: ${n},${s.client.sslContext ?? ''}`)),
  write: (ctx) => {
    const c = ctx.state.cch;
    const session = c.sessions[ctx.arg('session_id') as number]!;
    if (startedCids(c).length === 0 || session.lifecycle) return reply(ERROR);
    session.client.sslContext = ctx.arg('ssl_ctx_index') as number;
    return reply(OK);
  },
};

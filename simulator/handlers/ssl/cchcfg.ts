// SIM767XX §17.2.11 AT+CCHCFG Configure the Client Context.
//
//   AT+CCHCFG="sendtimeout",<session_id>,<sendtimeout_val>  how long (60-150 s, default 150) a
//       send of AT+CCHSEND may take before it fails with <err> 18 "Send data timeout"
//   AT+CCHCFG="sslctx",<session_id>,<sslctx_index>          the SSL context, as AT+CCHSSLCFG
//   AT+CCHCFG="CID",<cid>                                   the context both sessions use
//   AT+CCHCFG="CID"                                         "+CCHCFG: "CID",<cid>": session 0's
//       ("It is cid of first link")
//   AT+CCHCFG="SCID",<session_id>,<cid>                     the context one session uses
//   AT+CCHCFG="SCID"[,<session_id>]                         "+CCHCFG: "SCID",<session_id>,<cid>"
//       for both sessions, or the one given
// A session's context defaults to the one the service was started on (simulator/state/cch.ts
// sessionCid). "It must be called before AT+CCHOPEN and after AT+CCHSTART": the forms that set
// something answer ERROR when the service is not started, and "sendtimeout"/"sslctx" also when
// the session is connecting or connected; the query forms answer at any time. "The setting will
// be cleared after AT+CCHOPEN failed or AT+CCHCLOSE": the send timeout and the SSL context (the
// contexts of "CID"/"SCID" are the service's, kept until AT+CCHSTOP).
// AT+CCHCFG? "+CCHCFG: <session_id>,<sendtimeout_val>,<sslctx_index>" per session, the index
// empty when none is set (the manual's example "+CCHCFG: 0,150,").

import { reply, type CommandContext, type CommandHandler, type HandlerResult } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { CCH_SESSIONS, sessionCid, startedCids } from '../../state/cch.js';

function scidLine(ctx: CommandContext, n: number): string {
  return `+CCHCFG: "SCID",${n},${sessionCid(ctx.state.cch, n)}`;
}

function configure(ctx: CommandContext): HandlerResult {
  const c = ctx.state.cch;
  const started = startedCids(c).length > 0;
  const [keyword, a, b] = ctx.args as [string, number | undefined, number | undefined];
  switch (keyword.toLowerCase()) {
    case 'sendtimeout':
    case 'sslctx': {
      const session = c.sessions[a!]!;
      if (!started || session.lifecycle) return reply(ERROR);
      if (keyword.toLowerCase() === 'sendtimeout') session.client.sendTimeoutS = b!;
      else session.client.sslContext = b!;
      return reply(OK);
    }
    case 'cid':
      if (a === undefined) return reply(OK, [`+CCHCFG: "CID",${sessionCid(c, 0)}`]);
      if (!started) return reply(ERROR);
      for (const session of c.sessions) session.client.cid = a;
      return reply(OK);
    case 'scid':
      if (a === undefined && b !== undefined) return reply(ERROR);
      if (a === undefined) return reply(OK, Array.from({ length: CCH_SESSIONS }, (_, n) => scidLine(ctx, n)));
      if (b === undefined) return reply(OK, [scidLine(ctx, a)]);
      if (!started) return reply(ERROR);
      c.sessions[a]!.client.cid = b;
      return reply(OK);
    default:
      return reply(ERROR);
  }
}

export const cchcfg: CommandHandler = {
  name: '+CCHCFG',
  read: (ctx) => reply(OK, ctx.state.cch.sessions.map((s, n) => `+CCHCFG: ${n},${s.client.sendTimeoutS},${s.client.sslContext ?? ''}`)),
  write: configure,
};

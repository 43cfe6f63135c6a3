// SIM767XX §22.2.3 AT+CSMTPSAUTH SMTP server authentication.
//   AT+CSMTPSAUTH=0                    no authentication (user and password forgotten)
//   AT+CSMTPSAUTH=1,<user>,<pwd>       authenticate (AUTH PLAIN or LOGIN, simulator/smtp/client.ts)
//   AT+CSMTPSAUTH?                     +CSMTPSAUTH: <flag>,"<user>","<pwd>" ("" and "" with flag 0)
//   AT+CSMTPSAUTH                      clears them (flag 0, as the example's read shows)
// ERROR: flag 0 with a user or password ("<user> and <pwd> must be omitted"), flag 1 without
// them, an empty <user> ("non-empty string").

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { quoted, sending } from './common.js';

export const csmtpsauth: CommandHandler = {
  name: '+CSMTPSAUTH',
  read: (ctx) => {
    const a = ctx.state.smtp.auth;
    return reply(OK, [`+CSMTPSAUTH: ${a.required ? 1 : 0},${quoted(a.user)},${quoted(a.password)}`]);
  },
  write: (ctx) => {
    const flag = ctx.arg('flag');
    const user = ctx.arg('user') as string | undefined;
    const password = ctx.arg('pwd') as string | undefined;
    if (sending(ctx)) return reply(ERROR);
    if (flag === 0) {
      if (user !== undefined || password !== undefined) return reply(ERROR);
      ctx.state.smtp.auth = { required: false, user: '', password: '' };
      return reply(OK);
    }
    if (user === undefined || user === '' || password === undefined) return reply(ERROR);
    ctx.state.smtp.auth = { required: true, user, password };
    return reply(OK);
  },
  exec: (ctx) => {
    if (sending(ctx)) return reply(ERROR);
    ctx.state.smtp.auth = { required: false, user: '', password: '' };
    return reply(OK);
  },
};

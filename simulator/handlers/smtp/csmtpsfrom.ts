// SIM767XX §22.2.4 AT+CSMTPSFROM Sender address and name: MAIL FROM and the "From:" header.
//   AT+CSMTPSFROM=<saddr>[,<sname>]   <saddr> 1-127 characters, <sname> up to 63 (none: "")
//   AT+CSMTPSFROM?                    +CSMTPSFROM: "<saddr>","<sname>"
//   AT+CSMTPSFROM                     clears both

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { quoted, sending } from './common.js';

export const csmtpsfrom: CommandHandler = {
  name: '+CSMTPSFROM',
  read: (ctx) => {
    const f = ctx.state.smtp.from;
    return reply(OK, [`+CSMTPSFROM: ${quoted(f.address)},${quoted(f.name)}`]);
  },
  write: (ctx) => {
    const address = String(ctx.arg('saddr'));
    if (sending(ctx) || address === '') return reply(ERROR);
    ctx.state.smtp.from = { address, name: (ctx.arg('sname') as string | undefined) ?? '' };
    return reply(OK);
  },
  exec: (ctx) => {
    if (sending(ctx)) return reply(ERROR);
    ctx.state.smtp.from = { address: '', name: '' };
    return reply(OK);
  },
};

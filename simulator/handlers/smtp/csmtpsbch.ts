// SIM767XX §22.2.8 AT+CSMTPSBCH E-mail body character set: the charset parameter of the body's
// "Content-Type: text/plain; charset=..." (the body's bytes are sent as typed, not transcoded).
//   AT+CSMTPSBCH=<charset>   1-19 characters
//   AT+CSMTPSBCH?            +CSMTPSBCH: "<charset>"
//   AT+CSMTPSBCH             back to the default "utf-8" (our reading: the manual gives no text
//                            for the execute form; the chapter's other execute forms clear)

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { DEFAULT_BODY_CHARSET } from '../../state/smtp.js';
import { CHARSET_NAME, quoted, sending } from './common.js';

export const csmtpsbch: CommandHandler = {
  name: '+CSMTPSBCH',
  read: (ctx) => reply(OK, [`+CSMTPSBCH: ${quoted(ctx.state.smtp.bodyCharset)}`]),
  write: (ctx) => {
    const charset = String(ctx.arg('charset'));
    if (sending(ctx) || !CHARSET_NAME.test(charset)) return reply(ERROR);
    ctx.state.smtp.bodyCharset = charset;
    return reply(OK);
  },
  exec: (ctx) => {
    if (sending(ctx)) return reply(ERROR);
    ctx.state.smtp.bodyCharset = DEFAULT_BODY_CHARSET;
    return reply(OK);
  },
};

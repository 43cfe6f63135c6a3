// SIM767XX §22.2.12 AT+CSMTPSCLEAN Clean mail content and setting: every value of the chapter
// back to a fresh module's (server, authentication, contexts, sender, recipients, subject, body,
// character set, attachments). ERROR while a mail is being sent.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { cleanSmtp } from '../../state/smtp.js';
import { sending } from './common.js';

export const csmtpsclean: CommandHandler = {
  name: '+CSMTPSCLEAN',
  exec: (ctx) => {
    if (sending(ctx)) return reply(ERROR);
    cleanSmtp(ctx.state.smtp);
    return reply(OK);
  },
};

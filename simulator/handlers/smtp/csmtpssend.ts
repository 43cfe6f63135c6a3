// SIM767XX §22.2.10 AT+CSMTPSSEND Initiate session and send e-mail (asynchronous).
//   OK, then "+CSMTPSSEND: <err>" when the session ends: 0 the server took the mail, else a
//   §22.3 code (simulator/smtp/send.ts: 601 network, 602 socket, 605 time out, 606 transfer
//   failed, 610 SMTP server error, 611 authentication failure, 612 AT+CSMTPSSTOP).
//   "+CSMTPSSEND: <err>" then ERROR when it cannot start: 600 busy (a mail is being sent), 608
//   invalid parameter (no server, sender or recipient: "after all mandatory parameters have
//   been set correctly"), 609 EFS error (a selected attachment is no longer in the file system).
// The mail stays as composed after the session (AT+CSMTPSCLEAN clears it).

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { SMTP_ERR } from '../../smtp/errors.js';
import { missingForSend, readAttachments, runSendSession } from '../../smtp/send.js';
import { sending } from './common.js';

export const csmtpssend: CommandHandler = {
  name: '+CSMTPSSEND',
  exec: (ctx) => {
    const refuse = (err: number, why: string) => {
      ctx.modem.log(`smtp: AT+CSMTPSSEND refused: ${why}`);
      return reply(ERROR, [`+CSMTPSSEND: ${err}`]);
    };
    if (sending(ctx)) return refuse(SMTP_ERR.BUSY, 'a mail is being sent');
    const s = ctx.state.smtp;
    const missing = missingForSend(s);
    if (missing) return refuse(SMTP_ERR.INVALID_PARAMETER, missing);
    const files = readAttachments(ctx.modem, s);
    if (!files.ok) return refuse(SMTP_ERR.EFS, files.detail);
    s.sender = { status: 'sending', startedAt: ctx.modem.clock.now() };
    const { state, modem } = ctx;
    return reply(OK, [], [{ type: 'task', run: () => runSendSession(state, modem, files.files) }]);
  },
};

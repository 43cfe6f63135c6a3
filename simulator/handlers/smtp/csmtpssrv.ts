// SIM767XX §22.2.2 AT+CSMTPSSRV Set SMTP server address and port number.
//   AT+CSMTPSSRV=<server>,<port>[,<server_type>]  <server> a name or an address, 1-127 characters;
//                                                 <server_type> 1 SMTP, 2 SMTPS (TLS from the
//                                                 start), 3 STARTTLS; left out: 2, the default the
//                                                 example's read shows
//   AT+CSMTPSSRV?                                 +CSMTPSSRV: "<server>",<port>,<server_type>
//   AT+CSMTPSSRV                                  no server, port 465, type 2 (the example)

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { DEFAULT_SMTP_PORT, type ServerType } from '../../state/smtp.js';
import { quoted, sending } from './common.js';

export const csmtpssrv: CommandHandler = {
  name: '+CSMTPSSRV',
  read: (ctx) => {
    const { address, port, type } = ctx.state.smtp.server;
    return reply(OK, [`+CSMTPSSRV: ${quoted(address)},${port},${type}`]);
  },
  write: (ctx) => {
    const server = String(ctx.arg('server'));
    if (sending(ctx) || server === '') return reply(ERROR);
    ctx.state.smtp.server = { address: server, port: Number(ctx.arg('port')), type: ((ctx.arg('server_type') as number | undefined) ?? 2) as ServerType };
    return reply(OK);
  },
  exec: (ctx) => {
    if (sending(ctx)) return reply(ERROR);
    ctx.state.smtp.server = { address: '', port: DEFAULT_SMTP_PORT, type: 2 };
    return reply(OK);
  },
};

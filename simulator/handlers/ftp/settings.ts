// SIM767XX §15.2.15 AT+CFTPSSINGLEIP Set FTP(S) data socket address type; §15.2.17 AT+CFTPSTYPE
// Set the transfer type on FTP(S) server; §15.2.18 AT+CFTPSSLCFG Set the SSL context id for FTPS
// session.
//
// AT+CFTPSSINGLEIP=<singleip>: where passive data connections go: 0 the address of the server's
// PASV reply ("decided by PORT response", the manual says of the passive reply), 1 the control
// connection's server (for servers that answer PASV with a private address). A setting of the
// started service (+CFTPSSTART sets 0); it applies at the next login ("make sure to execute
// AT+CFTPSSINGLEIP before executing AT+CFTPSLOGIN"): ERROR before +CFTPSSTART and while a session
// exists. AT+CFTPSSINGLEIP? answers "+CFTPSSINGLEIP: <singleip>", ERROR before +CFTPSSTART.
//
// AT+CFTPSTYPE=<type>: A (ASCII) or I (binary), with or without quotes. Logged in: "TYPE <type>"
// goes to the server: OK, then "+CFTPSTYPE: 0", or "+CFTPSTYPE: <errcode>" (9 refused). Started
// but not logged in: kept for the next login (which sends it): OK, "+CFTPSTYPE: 0". Before
// +CFTPSSTART (our reading: the setting belongs to the service, as its read form says):
// "+CFTPSTYPE: 11" ERROR; during another operation: "+CFTPSTYPE: 3" ERROR; another <type>: ERROR.
// AT+CFTPSTYPE? answers "+CFTPSTYPE: <type>" (I after +CFTPSSTART), ERROR before +CFTPSSTART.
//
// AT+CFTPSSLCFG=<session_id>,<ssl_id>: the SSL context (AT+CSSLCFG, 0-9) of the control session
// (0) or of the data session (1), used by FTPS logins and their data connections from then on:
// OK. No FTP state is needed (the example sets one before anything else).

import { reply, urcEffect, type CommandContext, type CommandHandler, type HandlerResult } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { ERRCODE } from '../../ftp/errors.js';
import { startedService } from '../../state/ftp.js';
import { loggedIn, operation, refuse } from './common.js';

export const cftpssingleip: CommandHandler = {
  name: '+CFTPSSINGLEIP',
  read: (ctx) => {
    const service = startedService(ctx.state.ftp);
    return service ? reply(OK, [`+CFTPSSINGLEIP: ${service.singleIp}`]) : reply(ERROR);
  },
  write: (ctx) => {
    const service = startedService(ctx.state.ftp);
    if (!service || ctx.state.ftp.session.status !== 'logged-out') return reply(ERROR);
    service.singleIp = ctx.arg('singleip') as number;
    return reply(OK);
  },
};

function setType(ctx: CommandContext): HandlerResult {
  const NAME = '+CFTPSTYPE';
  const type = String(ctx.arg('type')).toUpperCase();
  if (type !== 'A' && type !== 'I') return reply(ERROR);
  const ftp = ctx.state.ftp;
  const service = startedService(ftp);
  if (!service) return refuse(NAME, ERRCODE.STATE_ERROR);
  if (ftp.operation) return refuse(NAME, ERRCODE.BUSY);
  if (ftp.session.status !== 'logged-in') {
    service.type = type;
    return reply(OK, [], [urcEffect(`${NAME}: 0`)]);
  }
  const session = loggedIn(ctx);
  if (!session.ok) return refuse(NAME, session.errcode);
  return operation(ctx, NAME, async () => {
    await session.client.setType(type);
    service.type = type;
    return [`${NAME}: 0`];
  });
}

export const cftpstype: CommandHandler = {
  name: '+CFTPSTYPE',
  read: (ctx) => {
    const service = startedService(ctx.state.ftp);
    return service ? reply(OK, [`+CFTPSTYPE: ${service.type}`]) : reply(ERROR);
  },
  write: setType,
};

export const cftpssslcfg: CommandHandler = {
  name: '+CFTPSSLCFG',
  write: (ctx) => {
    const session = ctx.arg('session_id') as number;
    const context = ctx.arg('ssl_id') as number;
    if (session === 0) ctx.state.ftp.ssl.control = context;
    else ctx.state.ftp.ssl.data = context;
    return reply(OK);
  },
};

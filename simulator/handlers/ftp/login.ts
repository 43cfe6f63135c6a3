// SIM767XX §15.2.3 AT+CFTPSLOGIN Log in to a FTP(S) server; §15.2.4 AT+CFTPSLOGOUT Log out of
// the FTP(S) server.
//
// AT+CFTPSLOGIN=<host>,<port>,<username>,<password>[,<server_type>] connects over the started
// service's context and logs in (simulator/ftp/client.ts: 0 FTP, 1 explicit FTPS with AUTH SSL,
// 2 with AUTH TLS, 3 implicit FTPS — the default, as the manual says, so an FTP server needs
// <server_type> 0 as in its example). OK at once, then "+CFTPSLOGIN: 0", or
// "+CFTPSLOGIN: <errcode>" (§15.3.1: 12 the name did not resolve, 14 refused, 5 no answer,
// 1 TLS failed or the SSL context refused the server, 9 the server refused the login, 421...).
// ERROR when the service is not started, a session exists (logged in, logging in, or closed by
// the server and not yet logged out) or an operation runs.
// AT+CFTPSLOGIN? answers 1 while a server is logged in to, else 0 (also after the server closed
// the session: "If no server is logged in to").
//
// AT+CFTPSLOGOUT sends QUIT and closes the control connection: OK, then "+CFTPSLOGOUT: 0" (or
// the <errcode> of a QUIT the server refused or did not answer; the session ends either way).
// After "+CFTPSNOTIFY: PEER CLOSED" it releases what is left of the session: OK,
// "+CFTPSLOGOUT: 0" (§15.4: "user need to execute AT+CFTPSLOGOUT and log in again").
// ERROR when no session exists, a login is still running, or an operation runs.
// The manual writes the write syntax "<password>[<server_type>]": the comma is OCR damage (the
// test answer has it: [,(0-3)]).

import { reply, urcEffect, type CommandContext, type CommandHandler, type HandlerResult } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { contextBearer } from '../../internet/bearer.js';
import { FtpClient } from '../../ftp/client.js';
import { ERRCODE, FtpFailure } from '../../ftp/errors.js';
import { adoptClient, ftpOf, releaseClient, samePowerCycle } from '../../ftp/runtime.js';
import { background } from './common.js';

function login(ctx: CommandContext): HandlerResult {
  const ftp = ctx.state.ftp;
  const service = ftp.service;
  if (service.status !== 'started' || ftp.session.status !== 'logged-out' || ftp.operation) return reply(ERROR);
  const server = {
    host: ctx.arg('host') as string,
    port: ctx.arg('port') as number,
    user: ctx.arg('username') as string,
    serverType: (ctx.arg('server_type') as number | undefined) ?? 3,
  };
  const password = ctx.arg('password') as string;
  ftp.session = { status: 'logging-in', server };
  const { state, modem: services } = ctx;
  const run = background(ctx, '+CFTPSLOGIN', async () => {
    try {
      const bearer = contextBearer(state, service.cid);
      if (!bearer.ok) throw new FtpFailure(ERRCODE.NETWORK_ERROR, `no bearer on context ${service.cid} (${bearer.reason})`);
      const client = await FtpClient.connect(
        { ...server, password },
        { services, bearer: bearer.bearer, sslContexts: state.ftp.ssl, singleIp: service.singleIp === 1, type: service.type },
      );
      if (!samePowerCycle(services, state) || state.ftp.session.status !== 'logging-in') {
        client.release();
        throw new FtpFailure(ERRCODE.NETWORK_ERROR, 'the service stopped during the login');
      }
      adoptClient(state, services, client);
      state.ftp.session = { status: 'logged-in', server };
      services.log(`ftp: logged in to ${server.host}:${server.port} as ${server.user}${client.secure ? ' (FTPS)' : ''}`);
      return ['+CFTPSLOGIN: 0'];
    } catch (e) {
      if (samePowerCycle(services, state) && state.ftp.session.status === 'logging-in') state.ftp.session = { status: 'logged-out' };
      throw e;
    }
  });
  return reply(OK, [], [{ type: 'task', run }]);
}

function logout(ctx: CommandContext): HandlerResult {
  const ftp = ctx.state.ftp;
  const session = ftp.session;
  if (ftp.operation || (session.status !== 'logged-in' && session.status !== 'peer-closed')) return reply(ERROR);
  if (session.status === 'peer-closed') {
    releaseClient(ctx.modem);
    ftp.session = { status: 'logged-out' };
    return reply(OK, [], [urcEffect('+CFTPSLOGOUT: 0')]);
  }
  const { state, modem: services } = ctx;
  const runtime = ftpOf(services);
  const client = runtime.client;
  const run = background(ctx, '+CFTPSLOGOUT', async () => {
    try {
      if (client) await client.quit();
      return ['+CFTPSLOGOUT: 0'];
    } finally {
      if (samePowerCycle(services, state)) {
        if (runtime.client === client) runtime.client = undefined;
        if (state.ftp.session.status !== 'logged-out') state.ftp.session = { status: 'logged-out' };
        services.log('ftp: logged out');
      }
    }
  });
  return reply(OK, [], [{ type: 'task', run }]);
}

export const cftpslogin: CommandHandler = {
  name: '+CFTPSLOGIN',
  read: (ctx) => reply(OK, [`+CFTPSLOGIN: ${ctx.state.ftp.session.status === 'logged-in' ? 1 : 0}`]),
  write: login,
};

export const cftpslogout: CommandHandler = {
  name: '+CFTPSLOGOUT',
  exec: logout,
};

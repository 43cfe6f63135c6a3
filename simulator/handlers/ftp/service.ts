// SIM767XX §15.2.1 AT+CFTPSSTART Start FTP(S) service; §15.2.2 AT+CFTPSSTOP Stop FTP(S) service.
//
// AT+CFTPSSTART / AT+CFTPSSTART=[<cid>] starts the service on PDP context <cid> (default 1) "by
// activating PDP context": OK at once, then "+CFTPSSTART: 0" (execute form) or
// "+CFTPSSTART: 0,<cid>" (write form) once the context is up (simulator/internet/service-context.ts).
// A context that is not active is activated (+CGACT's activation); one already active (the EPS
// default bearer on context 1) is used as it is, after the service's start-up (SERVICE_START_MS,
// our figure). Failure: "+CFTPSSTART: 10" (Network error: not registered, the context undefined or
// refused). Already started (or starting): ERROR. Starting sets AT+CFTPSSINGLEIP to 0 and
// AT+CFTPSTYPE to I (simulator/state/ftp.ts).
//
// AT+CFTPSSTOP / AT+CFTPSSTOP=[<cid>] stops it: OK, then "+CFTPSSTOP: 0" / "+CFTPSSTOP: 0,<cid>";
// the context is deactivated if +CFTPSSTART activated it (the default bearer LTE keeps while
// attached stays up, as with AT+NETCLOSE). ERROR when the service is not started (or on another
// context than <cid>), and while a server is logged in to (§15.2.4 note: "If you only use
// AT+CFTPSSTOP, ERROR will be reported": log out first).

import { reply, urcEffect, type CommandContext, type CommandHandler, type HandlerResult } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { ERRCODE } from '../../ftp/errors.js';
import { samePowerCycle } from '../../ftp/runtime.js';
import { bringUpServiceContext } from '../../internet/service-context.js';
import { deactivateContext } from '../../network/pdp.js';
import { isRegistered } from '../../network/radio.js';
import { activeContext, MAX_CID, MIN_CID } from '../../state/packet.js';

/** The service's start-up on a context that is already active (our figure). */
export const SERVICE_START_MS = 200;

function start(ctx: CommandContext, cid: number, withCid: boolean): HandlerResult {
  const ftp = ctx.state.ftp;
  if (cid < MIN_CID || cid > MAX_CID) return reply(ERROR);
  if (ftp.service.status !== 'stopped') return reply(ERROR);
  ftp.service = { status: 'starting', cid };
  const { state, modem: services } = ctx;
  const run = async () => {
    const up = await bringUpServiceContext(state, services, cid, SERVICE_START_MS);
    if (!samePowerCycle(services, state) || state.ftp.service.status !== 'starting') return;
    const address = activeContext(state.packet, cid)?.address;
    if (!up.ok || !isRegistered(state) || !address) {
      state.ftp.service = { status: 'stopped' };
      services.log(`ftp: start on context ${cid} failed`);
      services.urc(`+CFTPSSTART: ${ERRCODE.NETWORK_ERROR}`);
      return;
    }
    state.ftp.service = { status: 'started', cid, address, activatedByUs: up.activatedByUs, singleIp: 0, type: 'I' };
    services.log(`ftp: service started on context ${cid} (${address})`);
    services.urc(withCid ? `+CFTPSSTART: 0,${cid}` : '+CFTPSSTART: 0');
  };
  return reply(OK, [], [{ type: 'task', run }]);
}

function stop(ctx: CommandContext, cid: number | undefined, withCid: boolean): HandlerResult {
  const ftp = ctx.state.ftp;
  const service = ftp.service;
  if (service.status !== 'started' || (cid !== undefined && cid !== service.cid)) return reply(ERROR);
  if (ftp.session.status !== 'logged-out') return reply(ERROR);
  ftp.service = { status: 'stopped' };
  if (service.activatedByUs) deactivateContext(ctx.state, ctx.modem, service.cid, 'me');
  ctx.modem.log(`ftp: service stopped on context ${service.cid}`);
  return reply(OK, [], [urcEffect(withCid ? `+CFTPSSTOP: 0,${service.cid}` : '+CFTPSSTOP: 0')]);
}

export const cftpsstart: CommandHandler = {
  name: '+CFTPSSTART',
  exec: (ctx) => start(ctx, 1, false),
  write: (ctx) => start(ctx, (ctx.arg('cid') as number | undefined) ?? 1, true),
};

export const cftpsstop: CommandHandler = {
  name: '+CFTPSSTOP',
  exec: (ctx) => stop(ctx, undefined, false),
  write: (ctx) => stop(ctx, (ctx.arg('cid') as number | undefined) ?? 1, true),
};

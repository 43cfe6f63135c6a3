// SIM767XX §14.2.1 AT+HTTPINIT Start HTTP Service.
//
// "AT+HTTPINIT is used to start HTTP service by activating PDP context. You must execute
// AT+HTTPINIT before any other HTTP related operations."
//   AT+HTTPINIT         on context 1 ("Defaults to 1"): the command waits for the context, then OK,
//                       or ERROR (not registered; the network refused the context)
//   AT+HTTPINIT=<cid>   OK at once, then "+HTTPINIT: <errcode>,<cid>" when the context is up (0),
//                       or failed: 717 "No network error" (not registered), 709 "Network error"
//                       (the context could not be activated). The A76XX manual V1.09 (§16.2.1.2)
//                       shows this order: "AT+HTTPINIT=1 / OK / +HTTPINIT: 0,1".
//   AT+HTTPINIT=?       "+HTTPINIT: (1-15)": the manual's "(1-n)", n the contexts of AT+CGDCONT
// Already started (or starting): ERROR. A context that is not active is activated as AT+CGACT
// does (simulator/network/pdp.ts); an active one (the EPS default bearer on context 1) is used as
// it is, after the service's start-up (HTTP_START_MS, our figure: the manual gives only the
// 120 s bound). AT+HTTPTERM leaves the context as it is.

import { reply, type CommandContext, type CommandHandler, type HandlerResult } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { ERRCODE } from '../../http/errors.js';
import { activateContext } from '../../network/pdp.js';
import { isRegistered } from '../../network/radio.js';
import { defaultHttpParams } from '../../state/http.js';
import { activeContext, MAX_CID, MIN_CID } from '../../state/packet.js';
import { refused, sameCycle } from './common.js';

/** The service's start-up on a context that is already active. */
export const HTTP_START_MS = 100;

/** Brings context `cid` up for the service: 0, or the <errcode> why not. */
async function bringUp(ctx: CommandContext, cid: number): Promise<number> {
  const { state, modem: services } = ctx;
  if (!isRegistered(state)) return ERRCODE.NO_NETWORK;
  if (activeContext(state.packet, cid)) {
    await services.clock.sleep(HTTP_START_MS);
  } else {
    const error = await activateContext(state, services, cid, 'command');
    if (error) {
      services.log(`http: context ${cid} not activated (${JSON.stringify(error)})`);
      return ERRCODE.NETWORK_ERROR;
    }
  }
  const context = activeContext(state.packet, cid);
  return isRegistered(state) && context?.address ? ERRCODE.SUCCESS : ERRCODE.NETWORK_ERROR;
}

/** The service as started on `cid` (fresh parameters, nothing posted, no response). */
function start(ctx: CommandContext, cid: number): void {
  ctx.state.http.service = { status: 'started', cid, params: defaultHttpParams(), networkUp: true };
  ctx.modem.log(`http: service started on context ${cid}`);
}

async function execute(ctx: CommandContext): Promise<HandlerResult> {
  const cid = 1;
  if (ctx.state.http.service.status !== 'stopped') return refused(ctx, 'the HTTP service is already started');
  ctx.state.http.service = { status: 'starting', cid };
  const err = await bringUp(ctx, cid);
  if (!sameCycle(ctx) || ctx.state.http.service.status !== 'starting') return refused(ctx, 'stopped while starting');
  if (err !== ERRCODE.SUCCESS) {
    ctx.state.http.service = { status: 'stopped' };
    return refused(ctx, `context ${cid} is not up (${err})`);
  }
  start(ctx, cid);
  return reply(OK);
}

function write(ctx: CommandContext): HandlerResult {
  const cid = Number(ctx.arg('cid'));
  if (ctx.state.http.service.status !== 'stopped') return refused(ctx, 'the HTTP service is already started');
  ctx.state.http.service = { status: 'starting', cid };
  const run = async () => {
    const err = await bringUp(ctx, cid);
    if (!sameCycle(ctx) || ctx.state.http.service.status !== 'starting' || ctx.state.http.service.cid !== cid) return;
    if (err === ERRCODE.SUCCESS) start(ctx, cid);
    else ctx.state.http.service = { status: 'stopped' };
    ctx.modem.urc(`+HTTPINIT: ${err},${cid}`);
  };
  return reply(OK, [], [{ type: 'task', run }]);
}

export const httpinit: CommandHandler = {
  name: '+HTTPINIT',
  test: () => reply(OK, [`+HTTPINIT: (${MIN_CID}-${MAX_CID})`]),
  exec: execute,
  write,
};

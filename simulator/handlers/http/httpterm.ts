// SIM767XX §14.2.2 AT+HTTPTERM Stop HTTP Service.
//
//   AT+HTTPTERM         OK: the service stops; ERROR when it is not started
//   AT+HTTPTERM=<cid>   OK, then "+HTTPTERM: 0,<cid>" (the A76XX manual V1.09, §16.2.2, shows
//                       "AT+HTTPTERM=1 / OK / +HTTPTERM: 0,1"); ERROR when the service is not
//                       started on <cid>
//   AT+HTTPTERM=?       "+HTTPTERM: (1-15)" (the manual's "(1-n)")
// Stopping ends what the service holds: a request in progress (its connection is reset and no
// +HTTPACTION follows), the connection kept to the server, the parameters, the AT+HTTPDATA data
// and the last response. A service still starting (AT+HTTPINIT=<cid> waiting for its context)
// stops too. The PDP context stays as it is.

import { reply, urcEffect, type CommandContext, type CommandHandler, type HandlerResult } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { httpRuntimeOf } from '../../http/service.js';
import { MAX_CID, MIN_CID } from '../../state/packet.js';
import { refused } from './common.js';

function stop(ctx: CommandContext, cid: number | undefined): HandlerResult {
  const service = ctx.state.http.service;
  if (service.status === 'stopped') return refused(ctx, 'the HTTP service is not started');
  if (cid !== undefined && service.cid !== cid) return refused(ctx, `the HTTP service runs on context ${service.cid}, not ${cid}`);
  httpRuntimeOf(ctx.modem).stop();
  ctx.state.http.service = { status: 'stopped' };
  ctx.modem.log('http: service stopped');
  return cid === undefined ? reply(OK) : reply(OK, [], [urcEffect(`+HTTPTERM: 0,${cid}`)]);
}

export const httpterm: CommandHandler = {
  name: '+HTTPTERM',
  test: () => reply(OK, [`+HTTPTERM: (${MIN_CID}-${MAX_CID})`]),
  exec: (ctx) => stop(ctx, undefined),
  write: (ctx) => stop(ctx, Number(ctx.arg('cid'))),
};

// SIM767XX §14.2.4 AT+HTTPACTION HTTP Method Action.
//
//   AT+HTTPACTION=<method>   0 GET, 1 POST, 2 HEAD, 3 DELETE, 4 PUT
// OK at once; the request goes to the server of AT+HTTPPARA "URL" (simulator/http/service.ts),
// then
//   +HTTPACTION: <method>,<statuscode>,<datalen>   the server's status and the length of the
//                                                  content received (after any chunked coding;
//                                                  0 for HEAD, 204, 304)
//   +HTTPACTION: <method>,<errcode>,0              no response: §14.3.2 (simulator/http/errors.ts)
// ERROR at once: the service not started, no URL, a request already in progress.
// The response replaces the last one, for AT+HTTPHEAD, AT+HTTPREAD and AT+HTTPREADFILE; it is
// gone from the moment a new request starts. POST and PUT send the AT+HTTPDATA data (none: an
// empty content). Redirections are not followed: the manual has no parameter for them and lists
// 301-307 among the <statuscode>s the module reports.

import { reply, type CommandContext, type CommandHandler, type HandlerResult } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { buildRequest, METHODS, sendsContent } from '../../http/request.js';
import { runRequest } from '../../http/service.js';
import { refused, serviceOf, urlOf } from './common.js';

function write(ctx: CommandContext): HandlerResult {
  const service = serviceOf(ctx);
  if (typeof service === 'string') return refused(ctx, service);
  if (service.busy) return refused(ctx, `a request is in progress (${service.busy})`);
  const url = urlOf(service);
  if (typeof url === 'string') return refused(ctx, url);
  const methodIndex = Number(ctx.arg('method'));
  const method = METHODS[methodIndex]!;
  const params = { ...service.params };
  const bytes = buildRequest(method, url, params, sendsContent(method) ? (service.postData ?? Buffer.alloc(0)) : undefined);
  service.busy = 'action';
  service.response = undefined;
  const { state, modem: services } = ctx;
  const run = () =>
    runRequest(state, services, { url, cid: service.cid, params, bytes, method }, (outcome) => {
      service.busy = undefined;
      if (!outcome.ok) {
        services.urc(`+HTTPACTION: ${methodIndex},${outcome.code},0`);
        return;
      }
      service.response = { method: methodIndex, status: outcome.status, header: outcome.header, content: outcome.content, readPosition: 0 };
      services.urc(`+HTTPACTION: ${methodIndex},${outcome.status},${outcome.content.length}`);
    }).finally(() => {
      if (service.busy === 'action') service.busy = undefined;
    });
  return reply(OK, [], [{ type: 'task', run }]);
}

export const httpaction: CommandHandler = { name: '+HTTPACTION', write };

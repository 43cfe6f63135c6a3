// SIM767XX §14.2.8 AT+HTTPPOSTFILE Send HTTP Request to HTTP(S)server by File.
//
//   AT+HTTPPOSTFILE=<filename>[,<path>[,<method>[,<send_header>]]]
// sends a module file to the server of AT+HTTPPARA "URL" (the section's first lines were lost in
// our copy; the A76XX manual V1.09, §16.2.9: "You also can send HTTP request in a file via
// AT+HTTPPOSTFILE command. The URL must be set by AT+HTTPPARA before executing AT+HTTPPOSTFILE").
//   <filename>     the file, at most 55 bytes, in the directory <path> names
//   <path>         1 C:/ (default); 2 "Not supported": ERROR
//   <send_header>  0 (default) "Send file as HTTP header and body": the file is the whole request
//                  — request line, header, content — sent as it is; 1 "Send file as Body": the
//                  file is the content of a request the module composes as AT+HTTPACTION does
//                  (Content-Type, Accept, USERDATA of AT+HTTPPARA)
//   <method>       0-4 as AT+HTTPACTION; "If this value is not provided, it is same to the value
//                  described in the post file" (<send_header> 0: the file's request line; given,
//                  it replaces the line's method). With <send_header> 1 and no <method>: POST.
// OK at once, then the response:
//   +HTTPPOSTFILE: <method>,<statuscode>,<content_len>    <method> given
//   +HTTPPOSTFILE: <statuscode>,<content_len>             <method> omitted
//   +HTTPPOSTFILE: [<method>,]<errcode>,0                 no response (§14.3.2), or the file is
//                  missing or unreadable (707) or is not a request (708, <send_header> 0)
// ERROR at once: the service not started, no URL, <path> 2, a request in progress.
// The response is kept as AT+HTTPACTION's (AT+HTTPHEAD, AT+HTTPREAD, AT+HTTPREADFILE).

import { reply, type CommandContext, type CommandHandler, type HandlerResult } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { fileSystemOf, fromLineText } from '../../fs/index.js';
import { ERRCODE } from '../../http/errors.js';
import { buildRequest, METHODS, rawFileRequest, type MethodName } from '../../http/request.js';
import { runRequest, type RequestOutcome } from '../../http/service.js';
import { fileIn, refused, sameCycle, serviceOf, urlOf } from './common.js';

function write(ctx: CommandContext): HandlerResult {
  const service = serviceOf(ctx);
  if (typeof service === 'string') return refused(ctx, service);
  const path = (ctx.arg('path') as number | undefined) ?? 1;
  if (path === 2) return refused(ctx, '<path> 2 is not supported');
  if (service.busy) return refused(ctx, `a request is in progress (${service.busy})`);
  const url = urlOf(service);
  if (typeof url === 'string') return refused(ctx, url);
  const name = fromLineText(String(ctx.arg('filename')));
  if (!name.ok) return refused(ctx, name.error.message);
  const methodArg = ctx.arg('method') as number | undefined;
  const sendHeader = (ctx.arg('send_header') as number | undefined) ?? 0;
  const params = { ...service.params };
  const { state, modem: services } = ctx;
  const line = (rest: string) => `+HTTPPOSTFILE: ${methodArg === undefined ? '' : `${methodArg},`}${rest}`;
  const report = (outcome: RequestOutcome) => {
    service.busy = undefined;
    if (!outcome.ok) {
      services.urc(line(`${outcome.code},0`));
      return;
    }
    service.response = { method: methodArg, status: outcome.status, header: outcome.header, content: outcome.content, readPosition: 0 };
    services.urc(line(`${outcome.status},${outcome.content.length}`));
  };
  service.busy = 'postfile';
  service.response = undefined;
  const run = async () => {
    if (!sameCycle(ctx)) return;
    const fs = fileSystemOf(services.instance);
    const where = fileIn(name.value);
    const file = where.ok ? fs.read(where.value) : where;
    if (!file.ok) {
      services.log(`http: ${name.value}: ${file.error.code}`);
      report({ ok: false, code: ERRCODE.FILE_ERROR, why: file.error.message });
      return;
    }
    const method: MethodName | undefined = methodArg === undefined ? undefined : METHODS[methodArg];
    let bytes: Buffer;
    let sent: string;
    if (sendHeader === 0) {
      const raw = rawFileRequest(file.value, method);
      if (!raw.ok) {
        services.log(`http: ${name.value}: ${raw.reason}`);
        report({ ok: false, code: ERRCODE.INVALID_PARAMETER, why: raw.reason });
        return;
      }
      bytes = raw.bytes;
      sent = raw.method;
    } else {
      // "Send file as Body" whatever the method (RFC 9110 §9.3 lets GET, HEAD and DELETE carry
      // content too; the server decides what it means).
      const chosen: MethodName = method ?? 'POST';
      sent = chosen;
      bytes = buildRequest(chosen, url, params, file.value);
    }
    await runRequest(state, services, { url, cid: service.cid, params, bytes, method: sent }, report);
  };
  const task = () =>
    run().finally(() => {
      if (service.busy === 'postfile') service.busy = undefined;
    });
  return reply(OK, [], [{ type: 'task', run: task }]);
}

export const httppostfile: CommandHandler = { name: '+HTTPPOSTFILE', write };

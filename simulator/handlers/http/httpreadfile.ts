// SIM767XX §14.2.9 AT+HTTPREADFILE Receive HTTP Response Content to a file.
//
//   AT+HTTPREADFILE=<filename>[,<path>]
// writes the content of the last response (AT+HTTPACTION or AT+HTTPPOSTFILE; "+HTTPACTION: ..."
// or "+HTTPPOSTFILE: ..." "must be received" first) to the file <filename> of <path>: 1 C:/, the
// default ("If omit parameter <path>, the file will be save to local storage"); 2 "Not
// supported": ERROR. A file of that name is replaced. OK at once, then
//   +HTTPREADFILE: 0          written (the whole content, whatever AT+HTTPREAD read of it)
//   +HTTPREADFILE: <errcode>  711 "Wrong state": no response yet (or a request in progress);
//                             707 "File not exists or other memory error": the name is not
//                             valid on C:, or C: has no room
// ERROR at once: the service not started, <path> 2.

import { reply, type CommandContext, type CommandHandler, type HandlerResult } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { fileSystemOf, fromLineText } from '../../fs/index.js';
import { ERRCODE } from '../../http/errors.js';
import { fileIn, refused, sameCycle, serviceOf } from './common.js';

function write(ctx: CommandContext): HandlerResult {
  const service = serviceOf(ctx);
  if (typeof service === 'string') return refused(ctx, service);
  const path = (ctx.arg('path') as number | undefined) ?? 1;
  if (path === 2) return refused(ctx, '<path> 2 is not supported');
  const response = service.response;
  const services = ctx.modem;
  const run = async () => {
    if (!sameCycle(ctx)) return;
    let code: number = ERRCODE.SUCCESS;
    if (!response) {
      services.log(`http: no response to write (${service.busy ? 'a request is in progress' : 'no request made'})`);
      code = ERRCODE.WRONG_STATE;
    } else {
      const name = fromLineText(String(ctx.arg('filename')));
      const where = name.ok ? fileIn(name.value) : name;
      const written = where.ok ? fileSystemOf(services.instance).write(where.value, response.content) : where;
      if (!written.ok) {
        services.log(`http: cannot write the content: ${written.error.code}: ${written.error.message}`);
        code = ERRCODE.FILE_ERROR;
      } else services.log(`http: ${response.content.length} bytes written to ${String(ctx.arg('filename'))}`);
    }
    services.urc(`+HTTPREADFILE: ${code}`);
  };
  return reply(OK, [], [{ type: 'task', run }]);
}

export const httpreadfile: CommandHandler = { name: '+HTTPREADFILE', write };

// SIM767XX §14.2.5 AT+HTTPHEAD Read the HTTP Header Information of Server Response.
//
//   AT+HTTPHEAD   +HTTPHEAD: <data_len>
//                 <data>
//                 OK
// <data> is the header of the last response exactly as the server sent it — status line, header
// fields, and the empty line that ends them — and <data_len> its length in bytes (the manual's
// example counts 653 for a header whose lines, with their CR LF and the closing empty line, make
// 652 bytes plus the one character its OCR lost). The header's own last CR LF ends the <data>
// line, so a reader taking <data_len> bytes after the count line gets the header, then the
// <CR><LF>OK<CR><LF> of the final result code. ERROR: the service not started, no response yet
// (or a request in progress).

import { reply, type CommandContext, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { refused, serviceOf } from './common.js';

function exec(ctx: CommandContext) {
  const service = serviceOf(ctx);
  if (typeof service === 'string') return refused(ctx, service);
  const response = service.response;
  if (!response) return refused(ctx, service.busy ? 'a request is in progress' : 'no response to read');
  const header = response.header;
  // The header ends with CR LF CR LF: the line break after <data> is its last CR LF.
  const text = header.subarray(0, header.length - 2).toString('latin1');
  return reply(OK, [`+HTTPHEAD: ${header.length}`, text]);
}

export const httphead: CommandHandler = { name: '+HTTPHEAD', exec };

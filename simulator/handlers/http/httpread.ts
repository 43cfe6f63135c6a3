// SIM767XX §14.2.6 AT+HTTPREAD Read the response information of HTTP Server.
//
//   AT+HTTPREAD?                          +HTTPREAD: LEN,<len>   the content's size
//   AT+HTTPREAD=[<start_offset>,]<byte_size>
//                                         OK
//                                         +HTTPREAD: <data_len>
//                                         <data>
//                                         +HTTPREAD: 0
// <data> is <data_len> bytes of the content of the last response, from <start_offset> (without
// it: where the last read ended), at most <byte_size> ("If <byte_size> is bigger than the data
// size received, module will only return actual data size"). The bytes are binary, sent as they
// are; the <CR><LF> after them ends the <data> line. They follow the OK, as the manual prints them.
//
// READMODE (AT+HTTPPARA, §14.2.3): with 1 "you can read the response content data from the same
// position repeatedly. The limit is that the size of HTTP server response content should be
// shorter than 1M": a content of 1 MiB or more is read as with 0. With 0 (default) reading goes
// forward only: a read may not start before the end of the last one. The manual also says the content "would not be cleaned up by
// AT+HTTPREAD": we keep it whole in both modes — AT+HTTPREAD? always gives the full size and
// AT+HTTPREADFILE writes all of it; only AT+HTTPREAD's reach differs. (The manual's "you should
// read the data quickly, or you will fail to read it" for large contents in mode 0 concerns the
// module's buffer while the server still sends; here the content is complete when +HTTPACTION
// reports it.)
// ERROR: the service not started, no response (or a request in progress), a start at or past the
// end of the content, a start before the last read's end in READMODE 0.

import { reply, urcEffect, type CommandContext, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { refused, serviceOf } from './common.js';

/** READMODE 1 reads again only a content shorter than this ("shorter than 1M", §14.2.3). */
export const READMODE_1_LIMIT = 1024 * 1024;

function responseOf(ctx: CommandContext) {
  const service = serviceOf(ctx);
  if (typeof service === 'string') return service;
  if (!service.response) return service.busy ? 'a request is in progress' : 'no response to read';
  return { service, response: service.response };
}

function read(ctx: CommandContext) {
  const found = responseOf(ctx);
  if (typeof found === 'string') return refused(ctx, found);
  return reply(OK, [`+HTTPREAD: LEN,${found.response.content.length}`]);
}

function write(ctx: CommandContext) {
  const found = responseOf(ctx);
  if (typeof found === 'string') return refused(ctx, found);
  const { service, response } = found;
  const size = Number(ctx.arg('byte_size'));
  const offsetArg = ctx.arg('start_offset');
  const start = offsetArg === undefined ? response.readPosition : Number(offsetArg);
  const total = response.content.length;
  if (start >= total) return refused(ctx, `nothing to read at ${start} (the content has ${total} bytes)`);
  const again = service.params.readMode === 1 && total < READMODE_1_LIMIT;
  if (!again && start < response.readPosition) return refused(ctx, `forward only (READMODE ${service.params.readMode}, ${total} bytes): ${start} is before the end of the last read (${response.readPosition})`);
  const data = response.content.subarray(start, Math.min(total, start + size));
  response.readPosition = start + data.length;
  return reply(OK, [], [urcEffect([`+HTTPREAD: ${data.length}`, data.toString('latin1'), '+HTTPREAD: 0'])]);
}

export const httpread: CommandHandler = { name: '+HTTPREAD', read, write };

// SIM767XX §14.2.3 AT+HTTPPARA Set HTTP Parameters value.
//
//   AT+HTTPPARA="URL",<url>                 http://... or https://... (simulator/http/url.ts)
//   AT+HTTPPARA="CONNECTTO",<conn_timeout>  20-120 s (default 120): opening the connection
//   AT+HTTPPARA="RECVTO",<recv_timeout>     2-120 s (default 20): each wait for the server
//   AT+HTTPPARA="CONTENT",<content_type>    Content-Type of posted data (default text/plain)
//   AT+HTTPPARA="ACCEPT",<accept-type>      Accept (default */*)
//   AT+HTTPPARA="SSLCFG",<sslcfg_id>        the SSL context of AT+CSSLCFG for https (default 0)
//   AT+HTTPPARA="USERDATA",<user_data>      header lines of the DTE's own ("" for none)
//   AT+HTTPPARA="READMODE",<readmode>       0/1: how AT+HTTPREAD reads (§14.2.6)
// OK, or ERROR: the service not started ("You must execute AT+HTTPINIT before any other HTTP
// related operations", §14.2.1), a value out of its range (the table checks it), a URL that is not
// http(s)://server[...]. The parameters last until AT+HTTPTERM; a request already in progress
// keeps the ones it started with. The command has no read form in the manual (no AT+HTTPPARA?);
// the control action "http status" shows them.

import { reply, type CommandContext, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { parseModuleUrl } from '../../http/url.js';
import { refused, serviceOf } from './common.js';

function write(ctx: CommandContext) {
  const service = serviceOf(ctx);
  if (typeof service === 'string') return refused(ctx, service);
  const tag = String(ctx.args[0]).toUpperCase();
  const value = ctx.args[1]!;
  const p = service.params;
  switch (tag) {
    case 'URL': {
      const parsed = parseModuleUrl(String(value));
      if (!parsed.ok) return refused(ctx, parsed.reason);
      p.url = String(value);
      break;
    }
    case 'CONNECTTO':
      p.connectTimeoutS = Number(value);
      break;
    case 'RECVTO':
      p.recvTimeoutS = Number(value);
      break;
    case 'CONTENT':
      p.contentType = String(value);
      break;
    case 'ACCEPT':
      p.accept = String(value);
      break;
    case 'SSLCFG':
      p.sslCfg = Number(value);
      break;
    case 'USERDATA':
      p.userData = String(value);
      break;
    case 'READMODE':
      p.readMode = Number(value);
      break;
    default:
      return refused(ctx, `unknown parameter ${tag}`);
  }
  return reply(OK);
}

export const httppara: CommandHandler = { name: '+HTTPPARA', write };

// SIM767XX §12.2.1 AT+CHTPSERV Set HTP server information.
//
// AT+CHTPSERV="ADD",<host>[,<port>,<http_version>[,<proxy>,<proxy_port>]] adds a server (at most
// 16; <host> and <proxy> 1-255 characters, quoted); AT+CHTPSERV="DEL",<index> removes entry
// <index> (0-15), the later ones moving up. <port> and <http_version> are optional in the syntax
// with no default stated: 80 and 1 (HTTP/1.1) here, the usual HTTP values. AT+CHTPSERV? lists
// "+CHTPSERV: <index>,"<host>",<port>,<http_version>[,"<proxy>",<proxy_port>]" — the manual's
// template glues <index><host> (OCR lost the comma); nothing but OK when the list is empty.
// Anything else: ERROR. Saving mode "-": the list lasts one power cycle.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { MAX_HTP_SERVERS } from '../../state/time-service.js';

export const chtpserv: CommandHandler = {
  name: '+CHTPSERV',
  read: (ctx) =>
    reply(
      OK,
      ctx.state.timeService.htpServers.map(
        (s, i) => `+CHTPSERV: ${i},"${s.host}",${s.port},${s.httpVersion}${s.proxy ? `,"${s.proxy.host}",${s.proxy.port}` : ''}`,
      ),
    ),
  write: (ctx) => {
    const list = ctx.state.timeService.htpServers;
    const cmd = String(ctx.arg('cmd')).toUpperCase();
    const hostOrIdx = ctx.arg('host_or_idx');
    if (cmd === 'DEL') {
      if (typeof hostOrIdx !== 'number' || ctx.args.slice(2).some((v) => v !== undefined)) return reply(ERROR);
      if (hostOrIdx < 0 || hostOrIdx >= list.length) return reply(ERROR);
      list.splice(hostOrIdx, 1);
      return reply(OK);
    }
    const host = hostOrIdx;
    const port = (ctx.arg('port') as number | undefined) ?? 80;
    const httpVersion = (ctx.arg('http_version') as number | undefined) ?? 1;
    const proxy = ctx.arg('proxy');
    const proxyPort = ctx.arg('proxy_port') as number | undefined;
    if (typeof host !== 'string' || host.length < 1 || host.length > 255 || list.length >= MAX_HTP_SERVERS) return reply(ERROR);
    if ((proxy === undefined) !== (proxyPort === undefined)) return reply(ERROR);
    if (proxy !== undefined && (typeof proxy !== 'string' || proxy.length < 1 || proxy.length > 255)) return reply(ERROR);
    list.push({ host, port, httpVersion, ...(proxy !== undefined ? { proxy: { host: proxy as string, port: proxyPort! } } : {}) });
    return reply(OK);
  },
};

// What the chapter 13 handlers share: the "+IP ERROR: <err_info>" answer, the context a link
// uses, and the open service a command needs.

import type { CommandContext, Reply } from '../../core/handler.js';
import { reply } from '../../core/handler.js';
import { ERROR } from '../../core/result.js';
import { openService, type ServiceLifecycle } from '../../state/tcpip.js';
import { ipError } from '../../tcpip/errors.js';

/** `+IP ERROR: <err_info>` then ERROR (§13.3.1, text or number per AT+CIPCCFG <errMode>). */
export function ipErrorReply(ctx: CommandContext, info: number): Reply {
  return reply(ERROR, [ipError(ctx.modem.table, ctx.state.tcpip, info)]);
}

/** The context link `n` uses (AT+CIPCFG "SCID"/"CID"). */
export function linkCid(ctx: CommandContext, n: number): number {
  return ctx.state.tcpip.linkCids[n] ?? 1;
}

/** The open socket service link `n` rides, if any. */
export function linkService(ctx: CommandContext, n: number): Extract<ServiceLifecycle, { status: 'open' }> | undefined {
  return openService(ctx.state.tcpip, linkCid(ctx, n));
}

/** The lowest context the socket service is open on (TCP servers and +CDNSGIP use it). */
export function anyOpenCid(ctx: CommandContext): number | undefined {
  const t = ctx.state.tcpip;
  const preferred = t.socketPdp.cid;
  if (openService(t, preferred)) return preferred;
  return Object.keys(t.service)
    .map(Number)
    .sort((a, b) => a - b)
    .find((cid) => openService(t, cid) !== undefined);
}

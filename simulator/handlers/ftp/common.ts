// What the chapter 15 handlers share: the refusal "+CFTPS<command>: <errcode>" ERROR (the
// manual's response case "+ CFTPSMKD: <errcode> ERROR"), the session an operation needs, and
// running an operation after OK with its outcome as URCs ("OK" then "+CFTPSMKD: 0" or
// "+CFTPSMKD: <errcode>").
//
// Refusals before anything is sent (our reading of §15.3.1 for each):
//   11 "State related error"          the service is not started or no server is logged in to
//   4  "Connection closed by server"  the server closed the session (+CFTPSNOTIFY: PEER CLOSED)
//   3  "Busy"                         another operation runs on the session
// An operation that fails because the service lost its bearer meanwhile reports 10 "Network error".

import { reply, type CommandContext, type Reply } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import type { FtpClient } from '../../ftp/client.js';
import { ERRCODE, errcodeOf, errcodeText } from '../../ftp/errors.js';
import { ftpOf, samePowerCycle } from '../../ftp/runtime.js';

/** `<name>: <errcode>` then ERROR. */
export function refuse(name: string, errcode: number): Reply {
  return reply(ERROR, [`${name}: ${errcode}`]);
}

export type SessionCheck = { ok: true; client: FtpClient } | { ok: false; errcode: number };

/** The client of a logged-in session free for a new operation, or the <errcode> of the refusal. */
export function loggedIn(ctx: CommandContext): SessionCheck {
  const ftp = ctx.state.ftp;
  if (ftp.service.status !== 'started') return { ok: false, errcode: ERRCODE.STATE_ERROR };
  if (ftp.session.status === 'peer-closed') return { ok: false, errcode: ERRCODE.CLOSED_BY_SERVER };
  if (ftp.session.status !== 'logged-in') return { ok: false, errcode: ERRCODE.STATE_ERROR };
  if (ftp.operation) return { ok: false, errcode: ERRCODE.BUSY };
  const client = ftpOf(ctx.modem).client;
  if (!client) return { ok: false, errcode: ERRCODE.STATE_ERROR };
  return { ok: true, client };
}

/**
 * Marks `name` as the session's operation and runs `work` in the background: the lines it
 * resolves with are printed as one URC each; a failure as `<name>: <errcode>`. The operation ends
 * (the session is free) before the last URC goes out.
 */
export function background(ctx: CommandContext, name: string, work: () => Promise<string[]>): () => Promise<void> {
  const { state, modem: services } = ctx;
  state.ftp.operation = name;
  return async () => {
    let lines: string[];
    try {
      lines = await work();
    } catch (e) {
      const errcode = state.ftp.service.status === 'started' ? errcodeOf(e) : ERRCODE.NETWORK_ERROR;
      services.log(`ftp: ${name} failed: ${(e as Error).message} (${errcode} ${errcodeText(services.table, errcode) ?? ''})`);
      lines = [`${name}: ${errcode}`];
    }
    if (!samePowerCycle(services, state)) return;
    if (state.ftp.operation === name) state.ftp.operation = undefined;
    for (const line of lines) services.urc(line);
  };
}

/** OK, then the operation's outcome (see background()). */
export function operation(ctx: CommandContext, name: string, work: () => Promise<string[]>): Reply {
  return reply(OK, [], [{ type: 'task', run: background(ctx, name, work) }]);
}

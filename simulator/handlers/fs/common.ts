// What the file system commands of chapters 10-11 share: the module's file system, AT+FSCD's
// current directory, and how a failure is answered. The manual's answer to a failed file
// command is a plain ERROR (§10.2.1-10.2.10, §11.2.1-11.2.2 "If failed: ERROR"); why it failed
// goes to the session log, so a user can see it.

import { reply, type CommandContext, type Reply } from '../../core/handler.js';
import { ERROR } from '../../core/result.js';
import { fileSystemOf, fromLineText, type FsError, type FsPath, type FsResult, type ModuleFileSystem } from '../../fs/index.js';

export function fsOf(ctx: CommandContext): ModuleFileSystem {
  return fileSystemOf(ctx.modem.instance);
}

/** AT+FSCD's current directory. */
export function cwdOf(ctx: CommandContext): FsPath {
  return ctx.state.fs.cwd;
}

/** A name or path argument as characters (the line carries a non-ASCII name as UTF-8 bytes). */
export function textArg(ctx: CommandContext, name: string): FsResult<string> {
  return fromLineText(String(ctx.arg(name) ?? ''));
}

/** A path argument as the command's user wrote it, against the current directory. */
export function resolveArg(ctx: CommandContext, name: string): FsResult<FsPath> {
  const text = textArg(ctx, name);
  return text.ok ? fsOf(ctx).resolve(text.value, cwdOf(ctx)) : text;
}

/** ERROR, with the reason in the session log. */
export function refused(ctx: CommandContext, error: FsError | string): Reply {
  ctx.modem.log(`${ctx.name}: ${typeof error === 'string' ? error : `${error.code}: ${error.message}`}`);
  return reply(ERROR);
}

/**
 * Whether the module that started a command is still the one running (no power-off or restart
 * since): a new power cycle makes a new state.
 */
export function sameCycle(ctx: CommandContext): boolean {
  return ctx.modem.instance.state === ctx.state && ctx.modem.instance.ready;
}

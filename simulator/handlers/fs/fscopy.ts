// SIM767XX §10.2.9 AT+FSCOPY Copy an appointed file.
//
//   AT+FSCOPY=<file1>,<file2>[,<sync_mode>]
//     <sync_mode> 0 (default): +FSCOPY: <percent> ... +FSCOPY: 100.0, then OK
//     <sync_mode> 1:           OK at once, then +FSCOPY: <percent> ... URCs and +FSCOPY: END
//     on failure:              the manual's reason ("FILE NOT EXISTING", "FILE IS EXISTING",
//                              "DIRECTORY NOT EXISTED", "EFS HAVE NO ENOUGH MEMORY", "SD CARD
//                              NOT PLUGGED IN", ...), then ERROR
//
// <file1>/<file2> are names in the current directory or whole paths, on "C:" or "D:", with or
// without quotes; <file2> must not exist, nor be a directory's name, and its directory must
// exist (the notes). <percent> runs 0.0 to 100.0 with one decimal, reported after each piece of
// the profile's copyChunkBytes, each taking the time the profile's copy speed gives ("The big
// file maybe report many times, and little file report less"); a value is rounded down, so
// 100.0 means done.
//
// Choices where the manual is open: (1) the failure texts are printed as an information line
// followed by ERROR, so a host waiting for a final result code gets one; (2) everything is
// checked before the copy starts; the copy appears at <file2> whole when it is done (a module
// that powers off meanwhile leaves no partial file); (3) a second asynchronous copy while one
// runs is ERROR; (4) should an asynchronous copy fail at its end (its source deleted
// meanwhile), the reason comes as a URC in place of "+FSCOPY: END". Deviation: the synchronous
// form prints its <percent> lines with the final result code, not one by one as it goes.

import { reply, urcEffect, type CommandContext, type CommandHandler, type Reply } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { formatPath, manualErrorText, type FsError, type FsPath } from '../../fs/index.js';
import type { CopyJob } from '../../state/fs.js';
import { fsOf, refused, resolveArg, sameCycle } from './common.js';

/** The failure as the manual prints it: its reason (where it has one), then ERROR. */
function copyFailed(ctx: CommandContext, error: FsError): Reply {
  ctx.modem.log(`+FSCOPY: ${error.code}: ${error.message}`);
  const text = manualErrorText(error.code);
  return reply(ERROR, text ? [text] : []);
}

/** <percent> after `done` of `size` bytes: one decimal, rounded down. */
export function copyPercent(done: number, size: number): string {
  if (size === 0 || done >= size) return '100.0';
  return (Math.floor((done * 1000) / size) / 10).toFixed(1);
}

/** The progress reports of a copy: the percent after each piece, and the time each piece takes. */
function pieces(ctx: CommandContext, size: number): { percent: string; ms: number }[] {
  const fs = fsOf(ctx).profile;
  const out: { percent: string; ms: number }[] = [];
  for (let done = 0; done < size; ) {
    const piece = Math.min(fs.copyChunkBytes, size - done);
    done += piece;
    out.push({ percent: copyPercent(done, size), ms: (piece * 1000) / fs.copyBytesPerSecond });
  }
  if (out.length === 0) out.push({ percent: '100.0', ms: 0 });
  return out;
}

async function copySync(ctx: CommandContext, from: FsPath, to: FsPath, size: number): Promise<Reply> {
  const lines = ['+FSCOPY: 0.0'];
  for (const p of pieces(ctx, size)) {
    await ctx.modem.clock.sleep(p.ms);
    if (!sameCycle(ctx)) return reply(ERROR);
    lines.push(`+FSCOPY: ${p.percent}`);
  }
  const copied = fsOf(ctx).copy(from, to);
  if (!copied.ok) return copyFailed(ctx, copied.error);
  return reply(OK, lines);
}

function copyAsync(ctx: CommandContext, from: FsPath, to: FsPath, size: number): Reply {
  const fsState = ctx.state.fs;
  const steps = pieces(ctx, size);
  const job: CopyJob & { status: 'copying' } = { status: 'copying', from, to, timer: undefined };
  fsState.copy = job;
  const next = (i: number) => {
    job.timer = ctx.modem.setTimer(steps[i]!.ms, () => {
      if (fsState.copy !== job) return;
      if (i + 1 < steps.length) {
        ctx.modem.urc(`+FSCOPY: ${steps[i]!.percent}`);
        next(i + 1);
        return;
      }
      fsState.copy = { status: 'idle' };
      const copied = fsOf(ctx).copy(from, to);
      if (!copied.ok) {
        ctx.modem.log(`+FSCOPY: ${copied.error.code}: ${copied.error.message}`);
        ctx.modem.urc(manualErrorText(copied.error.code) ?? 'ERROR');
        return;
      }
      ctx.modem.urc('+FSCOPY: 100.0');
      ctx.modem.urc('+FSCOPY: END');
    });
  };
  next(0);
  return reply(OK, [], [urcEffect('+FSCOPY: 0.0')]);
}

export const fscopy: CommandHandler = {
  name: '+FSCOPY',
  write: async (ctx) => {
    const fs = fsOf(ctx);
    const from = resolveArg(ctx, 'file1');
    if (!from.ok) return copyFailed(ctx, from.error);
    const to = resolveArg(ctx, 'file2');
    if (!to.ok) return copyFailed(ctx, to.error);
    const source = fs.stat(from.value);
    if (!source.ok) return copyFailed(ctx, source.error);
    if (source.value.kind !== 'file') return copyFailed(ctx, { code: 'FILE_NOT_EXISTING', message: `${formatPath(from.value)} is a directory` });
    const target = fs.checkWrite(to.value, source.value.size, { ifExists: 'fail' });
    if (!target.ok) return copyFailed(ctx, target.error);
    if (ctx.state.fs.copy.status === 'copying') return refused(ctx, 'an asynchronous copy is still running');
    return ctx.arg('sync_mode') === 1 ? copyAsync(ctx, from.value, to.value, source.value.size) : copySync(ctx, from.value, to.value, source.value.size);
  },
};

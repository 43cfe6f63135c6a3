// SIM767XX §11.2.1 AT+CFTRANRX Transfer a file to EFS.
//
//   AT+CFTRANRX=<filepath>,<len>[,<location>]
//     >  then exactly <len> bytes from the host, taken as binary  →  OK
//     ERROR at once: a bad or relative path, not on "C:", the file exists (no <location>), no
//                    such file (a <location> past 0), <location> past its end, no room
//     >  then ERROR: the data did not come in time
//
// <filepath> is a full path ("c:/t1.txt"; note 1) on "C:" (the section: 'Support "C:"'), in
// quotes; SIM767XX takes no non-ASCII names (note 3). Without <location> the file must not exist
// (note 1: "make sure that the file name does not exist under the path"; field code deletes
// first: "AT+CFTRANRX does not overwrite"). With <location> ("the position offset from the start
// of the file") the data is written there, over what is there and growing the file; the file
// must hold at least <location> bytes (0: it may be new). The file appears whole when its data
// is in, written durably before OK.
//
// The manual gives no time limit for the data; the profile's (10 s plus 2 ms per byte by
// default) ends a stalled transfer with ERROR, and nothing of it is kept.

import { reply, type CommandContext, type CommandHandler, type HandlerResult, type PromptInput } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { formatPath, isFullPath, type FsPath } from '../../fs/index.js';
import { fsOf, refused, textArg } from '../fs/common.js';

function receive(ctx: CommandContext, path: FsPath, location: number | undefined, input: PromptInput): HandlerResult {
  if (input.kind !== 'data') return refused(ctx, `${formatPath(path)}: the data did not come in time (${input.kind === 'timeout' ? input.partial.length : 0} bytes of ${String(ctx.arg('len'))})`);
  const fs = fsOf(ctx);
  const written = location === undefined ? fs.write(path, input.data, { ifExists: 'fail' }) : fs.writeAt(path, location, input.data);
  return written.ok ? reply(OK) : refused(ctx, written.error);
}

export const cftranrx: CommandHandler = {
  name: '+CFTRANRX',
  write: (ctx) => {
    const text = textArg(ctx, 'filepath');
    if (!text.ok) return refused(ctx, text.error);
    const input = text.value;
    const len = Number(ctx.arg('len'));
    const location = ctx.arg('location') as number | undefined;
    if (!isFullPath(input)) return refused(ctx, `"${input}" is not a full path (C:/...)`);
    const fs = fsOf(ctx);
    const path = fs.resolve(input);
    if (!path.ok) return refused(ctx, path.error);
    if (path.value.drive !== 'C') return refused(ctx, 'AT+CFTRANRX writes to C: only');
    let size = len;
    if (location !== undefined) {
      const existing = fs.stat(path.value);
      const have = existing.ok && existing.value.kind === 'file' ? existing.value.size : undefined;
      if (have === undefined && location > 0) return refused(ctx, `${formatPath(path.value)}: no such file to write at ${location}`);
      if (have !== undefined && location > have) return refused(ctx, `${formatPath(path.value)}: <location> ${location} is past its ${have} bytes`);
      size = Math.max(have ?? 0, location + len);
    }
    const writable = fs.checkWrite(path.value, size, { ifExists: location === undefined ? 'fail' : 'replace' });
    if (!writable.ok) return refused(ctx, writable.error);
    const profile = fs.profile;
    return {
      prompt: {
        end: { kind: 'length', length: len },
        timeoutMs: profile.uploadTimeoutMs + Math.ceil((len * 1000) / profile.uploadMinBytesPerSecond),
        onInput: (data) => receive(ctx, path.value, location, data),
      },
    };
  },
};

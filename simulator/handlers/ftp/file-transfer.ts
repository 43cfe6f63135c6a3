// SIM767XX §15.2.11 AT+CFTPSGETFILE Download a file from FTP(S) server to module's file system;
// §15.2.12 AT+CFTPSPUTFILE Upload a file from module's file system to FTP(S) server.
//
// The module file is the remote path's last name in the directory <dir> selects: 1 "C:/" (local
// storage, the default), 2 "D:/" (the SD card) — AT+CFTPSGETFILE="test.txt",1 writes C:/test.txt,
// AT+CFTPSPUTFILE="/up/test.txt" reads C:/test.txt (simulator/fs/).
//
// AT+CFTPSGETFILE=<filepath>[,<dir>]: RETR over a passive data connection; the file is written
// (replacing one of that name) when the transfer is complete. OK at once, then
// "+CFTPSGETFILE: 0", or "+CFTPSGETFILE: <errcode>": 9 no such file on the server, 6 the transfer
// broke, 7 the module could not keep the file (no space).
// AT+CFTPSPUTFILE=<filepath>[,<dir>[,<rest_size>]]: REST <rest_size> (when not 0), STOR, and the
// module file's bytes from <rest_size> on ("If the file is complete, the file length is not
// increased": a <rest_size> at or past its end sends nothing). OK, then "+CFTPSPUTFILE: 0" or
// "+CFTPSPUTFILE: <errcode>".
// Refused before anything is sent, "+CFTPS...: <errcode>" ERROR: 11 not logged in, 4 peer
// closed, 3 busy; 8 a remote path with no file name; 7 GETFILE's module file cannot be written
// there (no SD card, a name the drive refuses); 17 PUTFILE's module file does not exist.

import type { CommandContext, CommandHandler, HandlerResult } from '../../core/handler.js';
import { ERRCODE, FtpFailure } from '../../ftp/errors.js';
import { fileSystemOf, fromLineText } from '../../fs/index.js';
import { loggedIn, operation, refuse } from './common.js';

/** The module file for a remote path: its last name, on C:/ (dir 1) or D:/ (dir 2). */
function moduleFile(remote: string, dir: number): string | undefined {
  const name = fromLineText(remote.slice(remote.lastIndexOf('/') + 1));
  if (!name.ok || name.value === '') return undefined;
  return `${dir === 2 ? 'D:' : 'C:'}/${name.value}`;
}

function getFile(ctx: CommandContext): HandlerResult {
  const NAME = '+CFTPSGETFILE';
  const session = loggedIn(ctx);
  if (!session.ok) return refuse(NAME, session.errcode);
  const remote = ctx.arg('filepath') as string;
  const local = moduleFile(remote, (ctx.arg('dir') as number | undefined) ?? 1);
  if (!local) return refuse(NAME, ERRCODE.INVALID_PARAMETER);
  const fs = fileSystemOf(ctx.modem.instance);
  if (!fs.checkWrite(local, 0).ok) return refuse(NAME, ERRCODE.MEMORY_ERROR);
  return operation(ctx, NAME, async () => {
    const parts: Buffer[] = [];
    await session.client.retrieve(remote, undefined, (bytes) => parts.push(Buffer.from(bytes)));
    const written = fs.write(local, Buffer.concat(parts));
    if (!written.ok) throw new FtpFailure(ERRCODE.MEMORY_ERROR, written.error.message);
    ctx.modem.log(`ftp: ${remote} saved as ${local} (${written.value.size} bytes)`);
    return [`${NAME}: 0`];
  });
}

function putFile(ctx: CommandContext): HandlerResult {
  const NAME = '+CFTPSPUTFILE';
  const session = loggedIn(ctx);
  if (!session.ok) return refuse(NAME, session.errcode);
  const remote = ctx.arg('filepath') as string;
  const rest = ctx.arg('rest_size') as number | undefined;
  const local = moduleFile(remote, (ctx.arg('dir') as number | undefined) ?? 1);
  if (!local) return refuse(NAME, ERRCODE.INVALID_PARAMETER);
  const content = fileSystemOf(ctx.modem.instance).read(local);
  if (!content.ok) return refuse(NAME, ERRCODE.FILE_ERROR);
  const data = content.value.subarray(Math.min(rest ?? 0, content.value.length));
  return operation(ctx, NAME, async () => {
    const upload = await session.client.store(remote, rest);
    await upload.finish(data);
    ctx.modem.log(`ftp: ${local} stored as ${remote} (${data.length} bytes${rest ? ` from offset ${rest}` : ''})`);
    return [`${NAME}: 0`];
  });
}

export const cftpsgetfile: CommandHandler = { name: '+CFTPSGETFILE', write: getFile };
export const cftpsputfile: CommandHandler = { name: '+CFTPSPUTFILE', write: putFile };

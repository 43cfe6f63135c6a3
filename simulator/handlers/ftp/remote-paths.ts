// SIM767XX §15.2.6 AT+CFTPSMKD, §15.2.7 AT+CFTPSRMD, §15.2.8 AT+CFTPSCWD, §15.2.9 AT+CFTPSPWD,
// §15.2.10 AT+CFTPSDELE, §15.2.16 AT+CFTPSSIZE: one command on the control connection each
// (RFC 959 MKD, RMD, CWD, PWD, DELE; RFC 3659 SIZE), for the logged-in session.
//
// OK at once, then the outcome:
//   +CFTPSMKD: 0 / +CFTPSRMD: 0 / +CFTPSCWD: 0 / +CFTPSDELE: 0   (a 2yz reply)
//   +CFTPSPWD: "<dir>"      the directory as the server's 257 reply quotes it (example: "/")
//   +CFTPSSIZE: <filesize>  the size of the 213 reply. The response section writes
//                           "+CFTPSSIZE: LEN, <filesize>", the example "+CFTPSSIZE: 3": we print
//                           what the example shows (it reads like a capture of the module); note
//                           that a size and an <errcode> then look alike
//   +CFTPS<command>: <errcode>  9 for a negative reply (no such directory...), 421, 4, 5 (common.ts)
// Refused before anything is sent (not logged in 11, peer closed 4, busy 3):
// "+CFTPS<command>: <errcode>" ERROR; AT+CFTPSPWD, whose response section has no such case,
// answers ERROR.
// The manual's test answer for AT+CFTPSDELE prints "+CFTPSDELE: "FILENAME"" in its response
// section and "+CFTPSDELE:"FILENAME"" in its example: the table keeps the response section's.

import { reply, type CommandContext, type CommandHandler, type HandlerResult } from '../../core/handler.js';
import { ERROR } from '../../core/result.js';
import { loggedIn, operation, refuse } from './common.js';

/** A write command <name>=<path> sending `<verb> <path>`; success prints "<name>: 0". */
function pathCommand(name: string, verb: string, param: string): CommandHandler {
  return {
    name,
    write: (ctx: CommandContext): HandlerResult => {
      const session = loggedIn(ctx);
      if (!session.ok) return refuse(name, session.errcode);
      const path = ctx.arg(param) as string;
      return operation(ctx, name, async () => {
        await session.client.simple(`${verb} ${path}`);
        return [`${name}: 0`];
      });
    },
  };
}

export const cftpsmkd = pathCommand('+CFTPSMKD', 'MKD', 'dir');
export const cftpsrmd = pathCommand('+CFTPSRMD', 'RMD', 'dir');
export const cftpscwd = pathCommand('+CFTPSCWD', 'CWD', 'dir');
export const cftpsdele = pathCommand('+CFTPSDELE', 'DELE', 'filename');

export const cftpspwd: CommandHandler = {
  name: '+CFTPSPWD',
  exec: (ctx) => {
    const session = loggedIn(ctx);
    if (!session.ok) return reply(ERROR);
    return operation(ctx, '+CFTPSPWD', async () => [`+CFTPSPWD: ${await session.client.pwd()}`]);
  },
};

export const cftpssize: CommandHandler = {
  name: '+CFTPSSIZE',
  write: (ctx) => {
    const session = loggedIn(ctx);
    if (!session.ok) return refuse('+CFTPSSIZE', session.errcode);
    const path = ctx.arg('filepath') as string;
    return operation(ctx, '+CFTPSSIZE', async () => [`+CFTPSSIZE: ${await session.client.size(path)}`]);
  },
};

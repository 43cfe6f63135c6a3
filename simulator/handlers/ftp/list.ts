// SIM767XX §15.2.5 AT+CFTPSLIST List the items in the directory on FTP(S) server.
//
// AT+CFTPSLIST=<dir> lists <dir> over a passive data connection (LIST <dir>): OK at once, then
// the listing as the server sends it, in reports of MAX_DATA_REPORT bytes (the last one shorter)
//     +CFTPSLIST: DATA,<len>
//     <len bytes of the listing>
// and "+CFTPSLIST: 0" when the transfer is complete, or "+CFTPSLIST: <errcode>" (9 the server
// refused: no such directory; 6 the transfer broke; 421...). A listing the server sends empty
// prints no DATA.
// Refused (not logged in, peer closed, busy): ERROR (the response section has no
// "+CFTPSLIST: <errcode>" ERROR case).

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR } from '../../core/result.js';
import { DataReporter, samePowerCycle } from '../../ftp/runtime.js';
import { loggedIn, operation } from './common.js';

export const cftpslist: CommandHandler = {
  name: '+CFTPSLIST',
  write: (ctx) => {
    const session = loggedIn(ctx);
    if (!session.ok) return reply(ERROR);
    const dir = ctx.arg('dir') as string;
    const { state, modem: services } = ctx;
    return operation(ctx, '+CFTPSLIST', async () => {
      const reports = new DataReporter('+CFTPSLIST', (lines) => samePowerCycle(services, state) && services.urc(lines));
      try {
        await session.client.list(dir, (bytes) => reports.push(bytes));
      } finally {
        reports.flush();
      }
      return ['+CFTPSLIST: 0'];
    });
  },
};

// SIM767XX §15.2.13 AT+CFTPSGET Transfer data from a file on FTP(S) server to module's serial port.
//
// AT+CFTPSGET=<filepath>[,<rest_size>] downloads the file (REST <rest_size> first when it is
// not 0: the rest of a broken transfer) over a passive data connection: OK at once, then the
// data, in reports of MAX_DATA_REPORT bytes as they fill up (the last one, shorter, at the end)
//     +CFTPSGET: DATA,<len>
//     <len bytes of the file>
// and "+CFTPSGET: 0" when the transfer is complete, or "+CFTPSGET: <errcode>" (9 no such file,
// 6 the transfer broke, 5 the data went quiet...). The response section writes
// "+CFTPSGET:DATA, <len>" and "+CFTPSGET:0"; the example "+CFTPSGET: DATA,3" / "+CFTPSGET: 0",
// as every other code of the chapter: we print the example's.
// Refused (not logged in 11, peer closed 4, busy 3): "+CFTPSGET: <errcode>" ERROR.

import type { CommandHandler } from '../../core/handler.js';
import { DataReporter, samePowerCycle } from '../../ftp/runtime.js';
import { loggedIn, operation, refuse } from './common.js';

export const cftpsget: CommandHandler = {
  name: '+CFTPSGET',
  write: (ctx) => {
    const session = loggedIn(ctx);
    if (!session.ok) return refuse('+CFTPSGET', session.errcode);
    const path = ctx.arg('filepath') as string;
    const rest = ctx.arg('rest_size') as number | undefined;
    const { state, modem: services } = ctx;
    return operation(ctx, '+CFTPSGET', async () => {
      const reports = new DataReporter('+CFTPSGET', (lines) => samePowerCycle(services, state) && services.urc(lines));
      try {
        await session.client.retrieve(path, rest, (bytes) => reports.push(bytes));
      } finally {
        reports.flush();
      }
      return ['+CFTPSGET: 0'];
    });
  },
};

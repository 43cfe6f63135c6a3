// SIM767XX §2.2.4 ATO Switch from command mode to data mode: CONNECT and back to the data
// session that +++ suspended (manual §2.2.3); NO CARRIER when there is none.

import { reply, type CommandHandler } from '../../core/handler.js';
import { basic } from '../../core/result.js';

export const ato: CommandHandler = {
  name: 'O',
  exec: (ctx) => (ctx.suspendedData ? reply(basic('CONNECT'), [], [{ type: 'resume-data' }]) : reply(basic('NO CARRIER'))),
};

// SIM767XX §8.2.3 AT+IPR Set local baud rate temporarily, §8.2.4 AT+IPREX Set local baud rate
// permanently. Rates: 600 ... 460800 bit/s (the manual's list; no autobaud, there is no 0).
//
// +IPR changes the rate until the next power-on, which starts at the +IPREX rate ("after
// reboot the baud rate is set to value of IPREX"); AT+IPR alone goes back to that boot value.
// +IPREX changes the rate now and at every power-on (AUTO_SAVE); AT+IPREX alone sets 115200.
// The new rate applies after the final result code: the OK still goes out at the old rate, so
// a DTE must follow with its own port (binding `update({ baudRate })`), as on the module.

import { reply, type CommandContext, type CommandHandler, type Reply } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { FACTORY_RATE, SUPPORTED_RATES } from '../../state/serial.js';

const applyLine = { type: 'uart', action: 'apply-line' } as const;

function isSupported(rate: unknown): rate is number {
  return typeof rate === 'number' && (SUPPORTED_RATES as readonly number[]).includes(rate);
}

function setRate(ctx: CommandContext, rate: unknown, persistent: boolean): Reply {
  if (!isSupported(rate)) return reply(ERROR);
  const s = ctx.state.serial;
  s.baud = rate;
  if (persistent) s.savedBaud = rate;
  return reply(OK, [], [applyLine]);
}

export const ipr: CommandHandler = {
  name: '+IPR',
  read: (ctx) => reply(OK, [`+IPR: ${ctx.state.serial.baud}`]),
  write: (ctx) => setRate(ctx, ctx.args[0], false),
  exec: (ctx) => setRate(ctx, ctx.state.serial.savedBaud, false),
};

export const iprex: CommandHandler = {
  name: '+IPREX',
  read: (ctx) => reply(OK, [`+IPREX: ${ctx.state.serial.savedBaud}`]),
  write: (ctx) => setRate(ctx, ctx.args[0], true),
  exec: (ctx) => setRate(ctx, FACTORY_RATE, true),
};

// SIM767XX §8.2.7 AT+CSCLK Control UART Sleep: 0 off, 1 DTR sleep (the UART sleeps while DTR
// is pulled high, wakes when the DTE pulls it low), 2 RX sleep (sleeps when the line is idle,
// the data that arrives wakes it). AT+CSCLK alone sets 0. What sleeping does to the bytes is
// the serial interface's (simulator/serial/serial-interface.ts, with the timings it assumes).

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import type { SleepMode } from '../../state/serial.js';

export const csclk: CommandHandler = {
  name: '+CSCLK',
  read: (ctx) => reply(OK, [`+CSCLK: ${ctx.state.serial.sleep}`]),
  write: (ctx) => {
    ctx.state.serial.sleep = Number(ctx.args[0]) as SleepMode;
    return reply(OK);
  },
  exec: (ctx) => {
    ctx.state.serial.sleep = 0;
    return reply(OK);
  },
};

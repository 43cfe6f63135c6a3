// SIM767XX §8.2.12 AT+CURCD Configure the delay time and number of URC. <delay_time> 0-10000
// ms: each URC is printed that long after it arises; <cache_size> 1 is the only value ("there
// is only one URC output after 10ms"), so URCs keep their order and are not merged. URCs that
// answer a command on its own interface (a result announced later) are not delayed.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';

export const curcd: CommandHandler = {
  name: '+CURCD',
  read: (ctx) => reply(OK, [`+CURCD: ${ctx.state.serial.urcDelayMs},1`]),
  write: (ctx) => {
    ctx.state.serial.urcDelayMs = Number(ctx.args[0]);
    return reply(OK);
  },
};

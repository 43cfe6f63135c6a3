// SIM767XX §9.2.10 AT+CGDRT Set the direction of specified GPIO, §9.2.11 AT+CGSETV Set the
// value, §9.2.12 AT+CGGETV Get the value.
//
//   AT+CGDRT=<gpio>                        +CGDRT: <gpio>,<gpio_io>   (0 in, 1 out)
//   AT+CGDRT=<gpio>,<gpio_io>[,<save>]     OK
//   AT+CGSETV=<gpio>,<gpio_hl>[,<save>]    OK — outputs only, ERROR on an input (the manual)
//   AT+CGGETV=<gpio>                       +CGGETV: <gpio>,<gpio_hl> — inputs only, else ERROR
//
// GPIOs are those of the profile (the manual's 1,3-12); others: ERROR. After power-on every
// GPIO is an input (§9.2.11's note) unless a direction was saved with <save to flash> 1. An
// input reads the level the control API applies to it ("set gpio"), low by default.

import { reply, type CommandContext, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import type { GpioState } from '../../state/hardware.js';

function pin(ctx: CommandContext): { n: number; gpio: GpioState } | undefined {
  const n = ctx.args[0];
  if (typeof n !== 'number') return undefined;
  const gpio = ctx.state.hardware.gpio[n];
  return gpio ? { n, gpio } : undefined;
}

function saveFlag(v: unknown): 0 | 1 | undefined | 'bad' {
  if (v === undefined || v === 0 || v === 1) return v;
  return 'bad';
}

export const cgdrt: CommandHandler = {
  name: '+CGDRT',
  write: (ctx) => {
    const p = pin(ctx);
    const [, io, saveArg] = ctx.args;
    const save = saveFlag(saveArg);
    if (!p || save === 'bad') return reply(ERROR);
    if (io === undefined) {
      if (save !== undefined) return reply(ERROR);
      return reply(OK, [`+CGDRT: ${p.n},${p.gpio.direction === 'out' ? 1 : 0}`]);
    }
    p.gpio.direction = io === 1 ? 'out' : 'in';
    if (save === 1) {
      const saved = ctx.state.hardware.saved.gpio;
      saved[p.n] = { ...saved[p.n], direction: p.gpio.direction };
    }
    return reply(OK);
  },
};

export const cgsetv: CommandHandler = {
  name: '+CGSETV',
  write: (ctx) => {
    const p = pin(ctx);
    const save = saveFlag(ctx.args[2]);
    if (!p || save === 'bad' || p.gpio.direction !== 'out') return reply(ERROR);
    p.gpio.output = ctx.args[1] === 1 ? 1 : 0;
    if (save === 1) {
      const saved = ctx.state.hardware.saved.gpio;
      saved[p.n] = { ...saved[p.n], direction: 'out', output: p.gpio.output };
    }
    return reply(OK);
  },
};

export const cggetv: CommandHandler = {
  name: '+CGGETV',
  write: (ctx) => {
    const p = pin(ctx);
    if (!p || p.gpio.direction !== 'in') return reply(ERROR);
    return reply(OK, [`+CGGETV: ${p.n},${ctx.state.hardware.gpioInputs[p.n] ?? 0}`]);
  },
};

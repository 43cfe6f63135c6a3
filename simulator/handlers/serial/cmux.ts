// SIM767XX §8.2.9 AT+CMUX Enable the multiplexer over the UART. AT+CMUX=0[,...] answers OK on
// the UART, then the UART speaks 3GPP TS 27.010 basic option (simulator/serial/multiplexer.ts):
// the DTE opens DLC0 and DLCs 1-4, each an AT interface of its own.
//
// Parameters, as the test answer "(0),(0),(1-8),(1-1500),(0),(0),(2-1000)" gives them:
// <value> 0, <subset> 0, <port_speed> 1-8, <N1> 1-1500, <T1> 0, <N2> 0, <T2> 2-1000. The
// manual says <subset>, <port_speed>, <T1> and <N2> are "currently omitted": they are checked
// and kept for the read form but change nothing; the line rate is +IPR's ("you can set speed
// before enable multiplexer"), and the read form reports its 27.007 code (1 9600 ... 5 115200,
// 6 230400, 7 460800, 8 921600), or the last value written for a rate without one. <N1> is the
// largest frame the module sends or accepts. An omitted value keeps its current one (§1.4).
//
// The manual contradicts itself on <T2>: its read example "+CMUX: 0,0,5,64,0,0,0" shows 0,
// outside the test range (2-1000). The factory value is the example's 0; writes need 2-1000.
// The table lacks <T2> and types the others "unknown", so the arguments are checked here.
//
// Not on a DLC: the multiplexer runs on the UART only ("Second serial port is not support this
// command"), so AT+CMUX on a DLC answers ERROR. Note: the manual says "Only 2364 baseline and
// later versions are supported", while its own +CGMR example (the default profile) is 2348B01;
// the simulator offers +CMUX on every profile.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { splitArguments } from '../../spec/arguments.js';
import type { MuxParameters } from '../../state/serial.js';

const PORT_SPEED_CODES: Readonly<Record<number, number>> = { 9600: 1, 19200: 2, 38400: 3, 57600: 4, 115200: 5, 230400: 6, 460800: 7, 921600: 8 };

/** Slots after <value>, with the values the test answer allows. */
const SLOTS: ReadonlyArray<{ key: keyof MuxParameters; min: number; max: number }> = [
  { key: 'subset', min: 0, max: 0 },
  { key: 'portSpeed', min: 1, max: 8 },
  { key: 'n1', min: 1, max: 1500 },
  { key: 't1', min: 0, max: 0 },
  { key: 'n2', min: 0, max: 0 },
  { key: 't2', min: 2, max: 1000 },
];

function parse(argText: string): Array<number | undefined> | undefined {
  const split = splitArguments(argText);
  if (!split.ok || split.tokens.length === 0 || split.tokens.length > 7) return undefined;
  const values: Array<number | undefined> = [];
  for (const t of split.tokens) {
    if (t === undefined) values.push(undefined);
    else if (t.quoted || !/^\d+$/.test(t.text)) return undefined;
    else values.push(Number(t.text));
  }
  return values;
}

export const cmux: CommandHandler = {
  name: '+CMUX',
  argumentCheck: 'own',
  read: (ctx) => {
    const m = ctx.state.serial.mux;
    const speed = PORT_SPEED_CODES[ctx.state.serial.baud] ?? m.portSpeed;
    return reply(OK, [`+CMUX: 0,${m.subset},${speed},${m.n1},${m.t1},${m.n2},${m.t2}`]);
  },
  write: (ctx) => {
    if (ctx.channel !== 'uart') return reply(ERROR);
    const values = parse(ctx.argText);
    if (!values || values[0] !== 0) return reply(ERROR);
    const next = { ...ctx.state.serial.mux };
    for (let i = 0; i < SLOTS.length; i++) {
      const v = values[i + 1];
      if (v === undefined) continue;
      const slot = SLOTS[i]!;
      if (v < slot.min || v > slot.max) return reply(ERROR);
      next[slot.key] = v;
    }
    ctx.state.serial.mux = next;
    return reply(OK, [], [{ type: 'uart', action: 'start-mux' }]);
  },
};

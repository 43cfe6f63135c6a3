// SIM767XX §9.2.6 AT+CRIIC Read values from register of IIC device nau8810, §9.2.7 AT+CWIIC
// Write values to register of IIC device nau8810.
//
//   AT+CRIIC=<addr>,<reg>,<len>          +CRIIC: 0x<value>   e.g. AT+CRIIC=34,6,2 → +CRIIC: 0x140
//   AT+CWIIC=<addr>,<reg>,<data>,<len>   OK
//
// <addr> and <reg> are hex without "0x" (the manual); <data> hex, with or without "0x" (the
// manual says "such as 0xFFFF" and writes 141 in its example); <len> must be 2. The bus holds
// one device, the NAU8810 codec at 0x34 (its 7-bit address 0x1A, write bit clear): registers
// 0x00-0x4F of 9 bits, power-on values from its datasheet (state/hardware.ts). Writing R0
// (software reset) restores them all. Another address does not acknowledge, a register outside
// the map or a value over 0x1FF is refused: ERROR. Values are printed in lower-case hex
// without leading zeros, as the manual prints them (0xff, 0x140).

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { splitArguments } from '../../spec/arguments.js';
import { CODEC_REGISTERS, codecDefaults } from '../../state/hardware.js';

export const NAU8810_ADDRESS = 0x34;

function hexArg(text: string | undefined, allowPrefix: boolean): number | undefined {
  if (text === undefined) return undefined;
  const t = allowPrefix ? text.replace(/^0[xX]/, '') : text;
  return /^[0-9A-Fa-f]{1,4}$/.test(t) ? parseInt(t, 16) : undefined;
}

function args(argText: string, count: number): string[] | undefined {
  const split = splitArguments(argText);
  if (!split.ok || split.tokens.length !== count) return undefined;
  const out = split.tokens.map((t) => t?.text);
  return out.every((t): t is string => t !== undefined) ? out : undefined;
}

function target(addrText: string, regText: string): number | undefined {
  const addr = hexArg(addrText, false);
  const reg = hexArg(regText, false);
  if (addr !== NAU8810_ADDRESS || reg === undefined || reg >= CODEC_REGISTERS) return undefined;
  return reg;
}

export const criic: CommandHandler = {
  name: '+CRIIC',
  argumentCheck: 'own',
  write: (ctx) => {
    const a = args(ctx.argText, 3);
    if (!a || a[2] !== '2') return reply(ERROR);
    const reg = target(a[0]!, a[1]!);
    if (reg === undefined) return reply(ERROR);
    return reply(OK, [`+CRIIC: 0x${ctx.state.hardware.codec[reg]!.toString(16)}`]);
  },
};

export const cwiic: CommandHandler = {
  name: '+CWIIC',
  argumentCheck: 'own',
  write: (ctx) => {
    const a = args(ctx.argText, 4);
    if (!a || a[3] !== '2') return reply(ERROR);
    const reg = target(a[0]!, a[1]!);
    const value = hexArg(a[2], true);
    if (reg === undefined || value === undefined || value > 0x1ff) return reply(ERROR);
    const hw = ctx.state.hardware;
    if (reg === 0) hw.codec = codecDefaults();
    else hw.codec[reg] = value;
    return reply(OK);
  },
};

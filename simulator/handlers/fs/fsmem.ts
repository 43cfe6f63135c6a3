// SIM767XX §10.2.8 AT+FSMEM Check the size of available memory.
//
//   AT+FSMEM   +FSMEM: C:(<total>, <used>)    (the drive of the current directory)
//
// Bytes, from the profile: a fresh SIM767XX answers the manual's example "+FSMEM: C:(11348480,
// 2201600)" (the firmware's own files take 2201600); each file takes its size in whole blocks,
// so small changes may not show (the manual's own warning). The space after the comma is the
// example's (the template prints "C:( <total>,<used>)", an OCR spacing); "D:" without a card is
// ERROR.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { cwdOf, fsOf, refused } from './common.js';

export const fsmem: CommandHandler = {
  name: '+FSMEM',
  exec: (ctx) => {
    const space = fsOf(ctx).space(cwdOf(ctx).drive);
    if (!space.ok) return refused(ctx, space.error);
    const { drive, total, used } = space.value;
    return reply(OK, [`+FSMEM: ${drive}:(${total}, ${used})`]);
  },
};

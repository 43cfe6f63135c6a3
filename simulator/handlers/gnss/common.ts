// What the chapter 21 handlers share: "This command is valid after the GNSS power on!" — every
// command of the chapter except +CGNSSPWR and +CGNSSTST answers ERROR while the receiver is
// off (its test form is answered from the table regardless).

import type { CommandContext, CommandHandler, FormHandler } from '../../core/handler.js';
import { reply } from '../../core/handler.js';
import { ERROR } from '../../core/result.js';
import type { GnssState } from '../../state/gnss.js';
import { gnssWorld, type GnssWorld } from '../../gnss/world.js';

export function gnssWorldOf(ctx: CommandContext): GnssWorld {
  return gnssWorld(ctx.modem);
}

/** A form that needs the receiver powered: ERROR otherwise. */
export function whenPowered(fn: (ctx: CommandContext, g: GnssState) => ReturnType<FormHandler>): FormHandler {
  return (ctx) => (ctx.state.gnss.engine.status === 'off' ? reply(ERROR) : fn(ctx, ctx.state.gnss));
}

/** A handler all of whose forms need the receiver powered. */
export function poweredHandler(h: { name: string } & Partial<Record<'read' | 'write' | 'exec', (ctx: CommandContext, g: GnssState) => ReturnType<FormHandler>>>): CommandHandler {
  return {
    name: h.name,
    ...(h.read ? { read: whenPowered(h.read) } : {}),
    ...(h.write ? { write: whenPowered(h.write) } : {}),
    ...(h.exec ? { exec: whenPowered(h.exec) } : {}),
  };
}

// SIM767XX §5.2.3 AT+CGATT Packet domain attach or detach.
//
// Read: +CGATT: 1 while registered (on LTE the EPS attach is the registration), else 0.
// Write 1: attach (registering if needed), blocking until done, up to the manual's 45 s; with the
// RF off: +CME ERROR: 55 (MT functionality restrictions); no network within the time: +CME ERROR:
// 30. Write 0: detach — on LTE this deregisters (+CREG/+CGREG/+CEREG: 0 where enabled,
// "+CGEV: ME DETACH", all contexts gone) until +CGATT=1. NO_SAVE.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { evaluate, isRegistered } from '../../network/radio.js';
import { ensureAttached } from './attach.js';

const CGATT_MAX_MS = 45_000;

export const cgatt: CommandHandler = {
  name: '+CGATT',
  read: (ctx) => reply(OK, [`+CGATT: ${isRegistered(ctx.state) ? 1 : 0}`]),
  write: async (ctx) => {
    const net = ctx.state.network;
    if (ctx.args[0] === 1) {
      const err = await ensureAttached(ctx, CGATT_MAX_MS);
      return reply(err ?? OK);
    }
    if (isRegistered(ctx.state)) await ctx.modem.clock.sleep(ctx.modem.profile.network.timing.radioOffMs);
    net.psDetached = true;
    evaluate(ctx.state, ctx.modem, { cause: 'me' });
    return reply(OK);
  },
};

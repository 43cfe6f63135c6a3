// SIM767XX §21.2.11 AT+CGNSSCMD Send command to GNSS.
//   AT+CGNSSCMD=<CmdString>  OK when the chip takes the command, ERROR otherwise ("If send
//                            false"); at most 63 characters (the table checks)
// The commands the simulated chip knows, and what they do, are in simulator/gnss/proprietary.ts
// (the manual's PAIR006 and $PCAS02,1000*2E among them). The chip's acknowledgements
// ($PAIR001,...) come out with the raw NMEA when +CGNSSTST is on.

import { reply } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { chipCommand } from '../../gnss/proprietary.js';
import { emitNmea, startEngine, wakeEngine } from '../../gnss/receiver.js';
import { gnssWorldOf, poweredHandler } from './common.js';

export const cgnsscmd = poweredHandler({
  name: '+CGNSSCMD',
  write: (ctx, g) => {
    const command = chipCommand(String(ctx.arg('cmdstring') ?? ''));
    if (!command) {
      ctx.modem.log(`gnss: +CGNSSCMD ${JSON.stringify(ctx.argText)}: not a command the simulated GNSS chip knows`);
      return reply(ERROR);
    }
    const world = gnssWorldOf(ctx);
    const now = ctx.modem.clock.now();
    const action = command.action;
    if (action.kind === 'restart') {
      if (action.forgetAssistance) g.backup.assistanceAt = undefined;
      ctx.modem.clearTimer(g.output.wakeTimer);
      g.output.wakeTimer = undefined;
      startEngine(g, world, now, action.start);
    } else if (action.kind === 'power') {
      if (action.on && g.engine.status === 'sleeping') wakeEngine(g, world, now, ctx.modem);
      if (!action.on && g.engine.status === 'running') g.engine = { status: 'sleeping', cause: 'sleep', since: now };
    }
    ctx.modem.log(`gnss: chip command ${command.sentence}`);
    if (g.tst === 1 && command.replies.length > 0) emitNmea(ctx.modem.instance, g, command.replies);
    return reply(OK);
  },
});

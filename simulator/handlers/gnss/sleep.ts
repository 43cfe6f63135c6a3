// SIM767XX §21.2.12 AT+CGNSSRTC Configure GNSS RTC mode, §21.2.13 AT+CGNSSSLEEP Set GNSS into
// sleep, §21.2.14 AT+CGNSSWAKEUP Set GNSS wakeup from sleep.
//   AT+CGNSSRTC=0            OK — RTC mode (the chip keeps only its clock and backup memory),
//                            left only by an external wake-up (AT+CGNSSWAKEUP)
//   AT+CGNSSRTC=<10-864000>  OK — RTC mode, waking by itself after <rtctime> seconds
//   AT+CGNSSSLEEP            OK — navigation sleeps: no fix, no NMEA, reports print empty fields
//   AT+CGNSSWAKEUP           OK — navigation resumes: a hot start if the ephemeris is still
//                            valid (1 s to fix), else warm or cold; already awake: nothing changes
// The receiver stays powered (AT+CGNSSPWR? 1) throughout.

import { reply, type CommandContext } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { noteFix, wakeEngine } from '../../gnss/receiver.js';
import type { GnssState } from '../../state/gnss.js';
import { gnssWorldOf, poweredHandler } from './common.js';

function goToSleep(ctx: CommandContext, g: GnssState, cause: 'sleep' | 'rtc', wakeAfterS?: number): void {
  const now = ctx.modem.clock.now();
  noteFix(g, gnssWorldOf(ctx), now);
  ctx.modem.clearTimer(g.output.wakeTimer);
  g.output.wakeTimer = undefined;
  g.engine = wakeAfterS ? { status: 'sleeping', cause, since: now, wakeAt: now + wakeAfterS * 1000 } : { status: 'sleeping', cause, since: now };
  if (wakeAfterS) {
    const services = ctx.modem;
    g.output.wakeTimer = services.setTimer(wakeAfterS * 1000, () => {
      const current = services.instance.state.gnss;
      current.output.wakeTimer = undefined;
      if (current.engine.status === 'sleeping') wakeEngine(current, gnssWorldOf(ctx), services.clock.now(), services);
    });
  }
}

export const cgnssrtc = poweredHandler({
  name: '+CGNSSRTC',
  write: (ctx, g) => {
    const seconds = ctx.arg('rtctime') as number;
    goToSleep(ctx, g, 'rtc', seconds > 0 ? seconds : undefined);
    return reply(OK);
  },
});

export const cgnsssleep = poweredHandler({
  name: '+CGNSSSLEEP',
  exec: (ctx, g) => {
    if (g.engine.status === 'running') goToSleep(ctx, g, 'sleep');
    return reply(OK);
  },
});

export const cgnsswakeup = poweredHandler({
  name: '+CGNSSWAKEUP',
  exec: (ctx, g) => {
    if (g.engine.status === 'sleeping') wakeEngine(g, gnssWorldOf(ctx), ctx.modem.clock.now(), ctx.modem);
    return reply(OK);
  },
});

// SIM767XX §3.2.7 AT+CCLK Real time clock management.
//
// The RTC runs on the injected clock (simulator/network/time-zone.ts). AT+CCLK="yy/MM/dd,
// hh:mm:ss±zz" sets it (the zone's sign and two digits are mandatory, -96..96); +CCLK? prints it
// with the zone once one is valid ("+00", never "-00"). "Manual setting time is not supported
// when AT+CTZU equals 3": +CME ERROR: operation not allowed.
//
// Saving: the manual says both "AUTO_SAVE NOTE: timezone not save" (saving-mode row) and "Time
// zone is nonvolatile, and the factory value is invalid time zone" (<time> note 1). The time is
// kept in NVRAM as AUTO_SAVE; for the zone this follows note 1 (nonvolatile), the more specific
// statement. (On a real module the RTC also keeps running while powered down; here the offset
// from the virtual clock is what survives.)

import { reply, type CommandHandler } from '../../core/handler.js';
import { cme, CME, ERROR, OK } from '../../core/result.js';
import { parseRtcText, rtcText } from '../../network/time-zone.js';

export const cclk: CommandHandler = {
  name: '+CCLK',
  read: (ctx) => reply(OK, [`+CCLK: "${rtcText(ctx.state, ctx.modem.clock.now())}"`]),
  write: (ctx) => {
    if (ctx.state.network.ctzu === 3) return reply(cme(CME.OPERATION_NOT_ALLOWED));
    const parsed = parseRtcText(String(ctx.args[0]));
    if (!parsed) return reply(ERROR);
    ctx.state.network.rtc = { offsetMs: parsed.shownMs - ctx.modem.clock.now(), zone: parsed.zone };
    return reply(OK);
  },
};

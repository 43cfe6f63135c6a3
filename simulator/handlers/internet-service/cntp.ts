// SIM767XX §12.2.4 AT+CNTP Update system time.
//
// AT+CNTP=<host>[,<timezone>] sets the NTP server (1-255 characters) and the local time zone in
// quarters of an hour (-96..96, default 32); AT+CNTP? "+CNTP: "<host>",<timezone>" ("" until set).
// AT+CNTP: OK, then an SNTP exchange (simulator/internet/sntp.ts) with <host> port 123 over the
// context of AT+CNTPCFG, and "+CNTP: <err>" (§12.3.2): 0 success — the RTC of +CCLK shows the
// server's UTC time in <timezone> —, 1 unknown error (the server answered nonsense: wrong mode, a
// kiss-o'-death, an answer to another request), 4 network error (no bearer, the name does not
// resolve), 6 time out (no answer within 10 s of the module's clock). ERROR when no server is set
// or an update is running. Manual setting of the clock is refused under AT+CTZU=3 (§3.2.7); NTP
// is not a manual setting and works under every +CTZU. Saving mode "-": one power cycle.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { contextBearer } from '../../internet/bearer.js';
import { sntpQuery } from '../../internet/sntp.js';
import { samePowerCycle } from '../../tcpip/links.js';
import { setRtcFromUtc } from './rtc.js';

export const NTP_TIMEOUT_MS = 10_000;

const ERR = { OK: 0, UNKNOWN: 1, NETWORK: 4, TIMEOUT: 6 } as const;

export const cntp: CommandHandler = {
  name: '+CNTP',
  read: (ctx) => reply(OK, [`+CNTP: "${ctx.state.timeService.ntp.host}",${ctx.state.timeService.ntp.timezone}`]),
  write: (ctx) => {
    const host = ctx.arg('host');
    if (typeof host !== 'string' || host.length < 1 || host.length > 255) return reply(ERROR);
    ctx.state.timeService.ntp = { host, timezone: (ctx.arg('timezone') as number | undefined) ?? 32 };
    return reply(OK);
  },
  exec: (ctx) => {
    const { state, modem: services } = ctx;
    const ts = state.timeService;
    if (ts.ntp.host === '' || ts.ntpUpdating) return reply(ERROR);
    ts.ntpUpdating = true;
    const { host, timezone } = ts.ntp;
    const run = async () => {
      let err: number = ERR.NETWORK;
      const bearer = contextBearer(state, ts.ntpCid);
      if (bearer.ok) {
        const r = await sntpQuery(services, bearer.bearer, host, NTP_TIMEOUT_MS);
        if (!samePowerCycle(services, state)) return;
        if (r.ok) {
          setRtcFromUtc(state, services.clock.now(), r.serverTimeMs, timezone);
          services.persist();
          err = ERR.OK;
        } else err = r.error === 'timeout' ? ERR.TIMEOUT : r.error === 'invalid' ? ERR.UNKNOWN : ERR.NETWORK;
      }
      ts.ntpUpdating = false;
      services.urc(`+CNTP: ${err}`);
    };
    return reply(OK, [], [{ type: 'task', run }]);
  },
};

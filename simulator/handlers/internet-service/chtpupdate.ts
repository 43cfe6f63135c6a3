// SIM767XX §12.2.2 AT+CHTPUPDATE Updating date time using HTP protocol.
//
// AT+CHTPUPDATE: OK, then the servers of AT+CHTPSERV are asked in order (a HEAD request, the time
// from the Date header: simulator/internet/htp.ts) over the context of AT+CHTPCFG until one
// answers; the RTC of +CCLK is set to that time in its current zone and "+CHTPUPDATE: <err>"
// reports the outcome (§12.3.1): 0 success, 3 "Wrong date and time calculated" (an answer without
// a usable Date), 4 "Network error" (no bearer, no connection, no answer within 30 s). ERROR with
// no server in the list or an update already running. AT+CHTPUPDATE? "+CHTPUPDATE: Updating"
// while it runs, "+CHTPUPDATE: NULL" otherwise.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { contextBearer } from '../../internet/bearer.js';
import { htpQuery } from '../../internet/htp.js';
import { samePowerCycle } from '../../tcpip/links.js';
import { setRtcFromUtc } from './rtc.js';

/** How long one server may take (the manual gives no response time). */
export const HTP_TIMEOUT_MS = 30_000;

const ERR = { OK: 0, WRONG_TIME: 3, NETWORK: 4 } as const;

export const chtpupdate: CommandHandler = {
  name: '+CHTPUPDATE',
  read: (ctx) => reply(OK, [`+CHTPUPDATE: ${ctx.state.timeService.htpUpdating ? 'Updating' : 'NULL'}`]),
  exec: (ctx) => {
    const { state, modem: services } = ctx;
    const ts = state.timeService;
    if (ts.htpServers.length === 0 || ts.htpUpdating) return reply(ERROR);
    ts.htpUpdating = true;
    const servers = ts.htpServers.map((s) => ({ ...s }));
    const run = async () => {
      let err: number = ERR.NETWORK;
      const bearer = contextBearer(state, ts.htpCid);
      if (bearer.ok) {
        for (const server of servers) {
          const r = await htpQuery(services, bearer.bearer, server, HTP_TIMEOUT_MS);
          if (!samePowerCycle(services, state)) return;
          if (r.ok) {
            setRtcFromUtc(state, services.clock.now(), r.dateMs);
            services.persist();
            err = ERR.OK;
            break;
          }
          err = r.error === 'no-date' ? ERR.WRONG_TIME : ERR.NETWORK;
        }
      }
      if (!samePowerCycle(services, state)) return;
      ts.htpUpdating = false;
      services.urc(`+CHTPUPDATE: ${err}`);
    };
    return reply(OK, [], [{ type: 'task', run }]);
  },
};

// SIM767XX §17.2.7 AT+CCHSTART Start SSL service.
//
// AT+CCHSTART / AT+CCHSTART=[<cid>] (default 1) starts the SSL client "by activating PDP
// context": a context that is not active yet is activated (+CGACT's activation, simulator/
// network/pdp.ts, its time per the network); one already active (the EPS default bearer on
// context 1) is used as it is, after the service's start-up (START_MS, our figure: the manual
// gives only the 120 s bound). OK comes at once, then "+CCHSTART: 0" (execute form) or
// "+CCHSTART: 0,<cid>" (write form). Several contexts may be started, one command each.
// Failures, per the manual's cases 2) and 3):
//   already started (or starting) on <cid>           ERROR
//   not registered                                    ERROR, then "+CCHSTART: 17[,<cid>]" (17 "Nonet")
//   <cid> has no definition (+CGDCONT/+CGDSCONT)      ERROR, then "+CCHSTART: 8[,<cid>]" (8 "Invalid parameter")
//   the network refused the activation (or left)      OK, then "+CCHSTART: 9[,<cid>]" (9 "Network error";
//                                                     the OK-then-<err> case the SIM7500/7600 manual lists)
// The modes of AT+CCHSET and AT+CCHMODE in force now stay until AT+CCHSTOP (they answer ERROR
// while the service runs).

import { reply, urcEffect, type CommandContext, type CommandHandler, type HandlerResult } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { CCH_ERR } from '../../cch/errors.js';
import { samePowerCycle } from '../../cch/runtime.js';
import { activateContext } from '../../network/pdp.js';
import { isRegistered } from '../../network/radio.js';
import { activeContext } from '../../state/packet.js';

/** The service's start-up on a context that is already active. */
export const START_MS = 200;

function start(ctx: CommandContext, cid: number, withCid: boolean): HandlerResult {
  const { state, modem: services } = ctx;
  const c = state.cch;
  const report = (err: number) => (withCid ? `+CCHSTART: ${err},${cid}` : `+CCHSTART: ${err}`);
  if (c.service[cid]) return reply(ERROR);
  if (!isRegistered(state)) return reply(ERROR, [], [urcEffect(report(CCH_ERR.NONET))]);
  const packet = state.packet;
  if (!activeContext(packet, cid) && !packet.definitions[cid] && !packet.secondaries[cid]) return reply(ERROR, [], [urcEffect(report(CCH_ERR.INVALID_PARAMETER))]);
  c.service[cid] = { status: 'starting' };
  const run = async () => {
    let activatedByUs = false;
    let failed = false;
    if (!activeContext(packet, cid)) {
      failed = (await activateContext(state, services, cid, 'command')) !== undefined;
      activatedByUs = !failed;
    } else {
      await services.clock.sleep(START_MS);
    }
    if (!samePowerCycle(services, state) || c.service[cid]?.status !== 'starting') return;
    const address = activeContext(state.packet, cid)?.address;
    if (failed || !isRegistered(state) || !address) {
      delete c.service[cid];
      services.log(`cch: service did not start on context ${cid}`);
      services.urc(report(CCH_ERR.NETWORK));
      return;
    }
    c.service[cid] = { status: 'started', address, activatedByUs };
    services.log(`cch: service started on context ${cid} (${address}${c.mode === 1 ? ', transparent' : ''})`);
    services.urc(report(CCH_ERR.OK));
  };
  return reply(OK, [], [{ type: 'task', run }]);
}

export const cchstart: CommandHandler = {
  name: '+CCHSTART',
  exec: (ctx) => start(ctx, 1, false),
  write: (ctx) => start(ctx, (ctx.arg('cid') as number | undefined) ?? 1, true),
};

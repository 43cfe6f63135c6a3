// SIM767XX §4.2.2 AT+COPS Operator selection.
//
// Read: +COPS: <mode>[,<format>,<oper>,<act>] — format and operator only while registered.
// Write: <mode> 0 automatic, 1 manual (<format> and <oper> needed), 2 deregister, 3 set only
// <format>, 4 manual with automatic fallback. 0/1/4 are saved to NVM with the format and the
// operator ("Set <mode> to 0,1,4 will save to NVM"). The command blocks while the module
// (de)registers, up to the manual's 60 s: OK once registered as asked; a manual selection that
// fails answers +CME ERROR: no network service (network absent) or "network not allowed -
// emergency call only" (forbidden or rejected), and leaves the module in manual mode, still
// searching, as 27.007 §7.3 says ("no other operator shall be selected (except <mode>=4)").
// With the RF off (+CFUN 0/4) the settings are stored and apply when it comes on.
// Test: a scan of `timing.scanMs`, listing (<stat>,long,short,numeric,<act>) per network in
// range, then ",,(0,1,2,3,4),(0,1,2)" (the manual's example format).
//
// Default <format>: the manual underlines none; its AT+COPS? example prints numeric (2).

import { reply, type CommandHandler } from '../../core/handler.js';
import { cme, CME, ERROR, OK } from '../../core/result.js';
import { operatorName, plmnOfName } from '../../network/operators.js';
import { camped, evaluate, waitUntil } from '../../network/radio.js';
import { networkWorld } from '../../network/world.js';
import { radioOn } from '../../state/network.js';
import { simUnavailable } from '../../state/sim.js';

const COPS_MAX_MS = 60_000;

export const cops: CommandHandler = {
  name: '+COPS',
  read: (ctx) => {
    const net = ctx.state.network;
    const reg = net.registration;
    if (reg.phase !== 'registered') return reply(OK, [`+COPS: ${net.cops.mode}`]);
    const world = networkWorld(ctx.modem);
    const act = reg.rat === 'LTE' ? 7 : 0;
    return reply(OK, [`+COPS: ${net.cops.mode},${net.cops.format},"${operatorName(ctx.modem.profile, world, reg.plmn, net.cops.format)}",${act}`]);
  },
  test: async (ctx) => {
    if (!radioOn(ctx.state.network)) return reply(cme(CME.NO_NETWORK_SERVICE));
    await ctx.modem.clock.sleep(ctx.modem.profile.network.timing.scanMs);
    const world = networkWorld(ctx.modem);
    const reg = ctx.state.network.registration;
    const act = world.rat === 'LTE' ? 7 : 0;
    const found = camped(ctx.state, world)
      ? world.operators.map((o) => {
          const stat = reg.phase === 'registered' && reg.plmn === o.plmn ? 2 : o.availability === 'forbidden' ? 3 : o.availability === 'unknown' ? 0 : 1;
          return `(${stat},"${o.long}","${o.short}","${o.plmn}",${act})`;
        })
      : [];
    return reply(OK, [`+COPS: ${found.join(',')},,(0,1,2,3,4),(0,1,2)`]);
  },
  write: async (ctx) => {
    const [mode, format, oper] = ctx.args as [number, number | undefined, string | undefined];
    const net = ctx.state.network;
    const services = ctx.modem;
    if (mode === 3) {
      if (format === undefined) return reply(ERROR);
      net.cops.format = format as 0 | 1 | 2;
      return reply(OK);
    }
    if (format !== undefined) net.cops.format = format as 0 | 1 | 2;
    if (mode === 2) {
      const wasRegistered = net.registration.phase === 'registered';
      net.cops.mode = 2;
      if (wasRegistered) await services.clock.sleep(services.profile.network.timing.radioOffMs);
      return reply(OK);
    }
    let plmn: string | undefined;
    if (mode === 1 || mode === 4) {
      if (oper === undefined || format === undefined) return reply(ERROR);
      plmn = format === 2 ? (/^\d{5,6}$/.test(oper) ? oper : undefined) : plmnOfName(services.profile, networkWorld(services), oper);
      if (plmn === undefined) return reply(cme(CME.NOT_FOUND));
    }
    const blocked = simUnavailable(ctx.state.sim, true);
    if (blocked && radioOn(net)) return reply(blocked);
    net.cops.mode = mode as 0 | 1 | 4;
    net.cops.savedMode = mode as 0 | 1 | 4;
    if (plmn !== undefined) net.cops.plmn = plmn;
    if (!radioOn(net)) return reply(OK);
    evaluate(ctx.state, services, { cause: 'me' });
    const start = services.clock.now();
    await waitUntil(services, () => net.registration.phase !== 'searching', COPS_MAX_MS);
    const reg = net.registration;
    if (reg.phase === 'registered' && (mode !== 1 || reg.plmn === plmn)) return reply(OK);
    // A failed attempt still costs the search.
    const spent = services.clock.now() - start;
    const searchMs = services.profile.network.timing.registrationMs;
    if (spent < searchMs) await services.clock.sleep(searchMs - spent);
    if (reg.phase === 'denied') return reply(cme(32));
    return reply(cme(CME.NO_NETWORK_SERVICE));
  },
};

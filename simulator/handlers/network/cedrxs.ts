// SIM767XX §4.2.10 AT+CEDRXS Extended-DRX Setting, §4.2.11 AT+CEDRXRDP eDRX Read Dynamic
// Parameters.
//
// +CEDRXS=[<mode>[,<act-type>[,<requested_eDRX_value>]]]: <mode> 0 disable, 1 enable, 2 enable
// with +CEDRXP: <act-type>,<requested>,<nw-provided>,<paging_time_window> URCs, 3 disable and
// discard the parameters; <act-type> 4 E-UTRAN (the only one); the value is a 4-bit string
// ("0101", 24.008 Table 10.5.5.32). With no value the manufacturer default "0101" (81.92 s)
// applies. An empty write disables. The network grants the requested value at registration
// (or at once when registered); read lists the E-UTRAN setting while eDRX is enabled. AUTO_SAVE.
// The test form (the manual gives its shape, the table no answer) is
// +CEDRXS: (0-3),(4),("0000"-"1111").
// +CEDRXRDP: 4,<requested> while the serving cell uses eDRX, else +CEDRXRDP: 0.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { networkWorld } from '../../network/world.js';
import { parseArgs } from './args.js';

const DEFAULT_EDRX = '0101';

export const cedrxs: CommandHandler = {
  name: '+CEDRXS',
  argumentCheck: 'own',
  test: () => reply(OK, ['+CEDRXS: (0-3),(4),("0000"-"1111")']),
  read: (ctx) => {
    const e = ctx.state.network.edrx;
    return reply(OK, (e.mode === 1 || e.mode === 2) && e.requested ? [`+CEDRXS: 4,"${e.requested}"`] : []);
  },
  write: (ctx) => {
    const parsed = parseArgs(ctx.argText, [
      { name: 'mode', kind: 'int', optional: true, values: [0, 1, 2, 3] },
      { name: 'act-type', kind: 'int', optional: true, values: [4] },
      { name: 'requested_eDRX_value', kind: 'string', optional: true },
    ]);
    if (!parsed.ok) return reply(ERROR);
    const [mode = 0, , value] = parsed.values as [number | undefined, number | undefined, string | undefined];
    if (value !== undefined && !/^[01]{4}$/.test(value)) return reply(ERROR);
    const e = ctx.state.network.edrx;
    if (mode === 3) {
      ctx.state.network.edrx = { mode: 0 };
      return reply(OK);
    }
    e.mode = mode;
    if (mode === 0) {
      e.granted = undefined;
      return reply(OK);
    }
    e.requested = value ?? e.requested ?? DEFAULT_EDRX;
    const world = networkWorld(ctx.modem);
    if (ctx.state.network.registration.phase === 'registered' && world.rat === 'LTE' && world.edrx.granted && e.granted !== e.requested) {
      e.granted = e.requested;
      if (mode === 2) ctx.modem.urc(`+CEDRXP: 4,"${e.requested}","${e.granted}","${world.edrx.pagingTimeWindow}"`);
    }
    return reply(OK);
  },
};

export const cedrxrdp: CommandHandler = {
  name: '+CEDRXRDP',
  exec: (ctx) => {
    const e = ctx.state.network.edrx;
    const inUse = ctx.state.network.registration.phase === 'registered' && (e.mode === 1 || e.mode === 2) && e.granted;
    return reply(OK, [inUse ? `+CEDRXRDP: 4,"${e.granted}"` : '+CEDRXRDP: 0']);
  },
};

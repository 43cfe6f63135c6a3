// SIM767XX §6.2.1 AT+CICCID (`+ICCID: <iccid>`) and §6.2.5 AT+CIMI (`<imsi>`): the card's
// identities. The ICCID is readable without the PIN (it sits outside the PIN-protected files,
// ETSI TS 102 221 §13.2); the IMSI needs the PIN.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { simUnavailable } from '../../state/sim.js';

export const ciccid: CommandHandler = {
  name: '+CICCID',
  exec: (ctx) => {
    const blocked = simUnavailable(ctx.state.sim, false);
    return blocked ? reply(blocked) : reply(OK, [`+ICCID: ${ctx.state.sim.card!.iccid}`]);
  },
};

export const cimi: CommandHandler = {
  name: '+CIMI',
  exec: (ctx) => {
    const blocked = simUnavailable(ctx.state.sim, true);
    return blocked ? reply(blocked) : reply(OK, [ctx.state.sim.card!.imsi]);
  },
};

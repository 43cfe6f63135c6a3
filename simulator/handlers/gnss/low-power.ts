// SIM767XX §21.2.15 AT+CGNSSFITNESS Set GNSS into fitness mode, §21.2.16 AT+CGNSSGLP low-power
// GLP mode, §21.2.18 AT+CGNSSALP adaptive low power mode.
//   AT+CGNSSFITNESS?  +CGNSSFITNESS: <0|1>     AT+CGNSSFITNESS=<0|1>  OK
//   AT+CGNSSGLP?      +CGNSSGLP: <0|1>         AT+CGNSSGLP=<0|1>      OK
//   AT+CGNSSALP?      +CGNSSALP: <0|1|2>       AT+CGNSSALP=<0|1|2>    OK
// These select the chip's tracking profiles (fitness: pedestrian dynamics; GLP and ALP: lower
// power at some cost in accuracy). The simulator keeps them as state and reports them; its
// simulated fix is exact, so the accuracy trade-off they stand for has nothing to act on.

import { reply } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import type { GnssState } from '../../state/gnss.js';
import { poweredHandler } from './common.js';

function modeSetting(name: string, key: 'fitness' | 'glp' | 'alp') {
  return poweredHandler({
    name,
    read: (_ctx, g) => reply(OK, [`${name}: ${g[key]}`]),
    write: (ctx, g) => {
      (g as Record<typeof key, number>)[key] = ctx.args[0] as GnssState[typeof key];
      return reply(OK);
    },
  });
}

export const cgnssfitness = modeSetting('+CGNSSFITNESS', 'fitness');
export const cgnssglp = modeSetting('+CGNSSGLP', 'glp');
export const cgnssalp = modeSetting('+CGNSSALP', 'alp');

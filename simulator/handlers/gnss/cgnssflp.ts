// SIM767XX §21.2.17 AT+CGNSSFLP Set GNSS into Periodic Power Saving Mode.
//   AT+CGNSSFLP?  +CGNSSFLP: <on/off>,<firstrun>,<firstsleep>,<secondrun>,<secondsleep>
//   AT+CGNSSFLP=<on/off>,<firstrun>,<firstsleep>,<secondrun>,<secondsleep>  OK
// While on, the receiver runs for <firstrun> s, sleeps for <firstsleep> s, and so on from the
// moment it is set; when the sky gives no signal it uses <secondrun>/<secondsleep> (when not
// 0). In a run window it fixes after a hot start (1 s); asleep, no NMEA and no fix
// (simulator/gnss/receiver.ts flpWindow). The read example "0,0,0,0,0" is the factory value.

import { reply } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { poweredHandler } from './common.js';

export const cgnssflp = poweredHandler({
  name: '+CGNSSFLP',
  read: (_ctx, g) => {
    const f = g.flp;
    return reply(OK, [`+CGNSSFLP: ${f.on},${f.firstRun},${f.firstSleep},${f.secondRun},${f.secondSleep}`]);
  },
  write: (ctx, g) => {
    const [on, firstRun, firstSleep, secondRun, secondSleep] = ctx.args as number[];
    g.flp = { on: on === 1 ? 1 : 0, firstRun: firstRun!, firstSleep: firstSleep!, secondRun: secondRun!, secondSleep: secondSleep!, since: ctx.modem.clock.now() };
    return reply(OK);
  },
});

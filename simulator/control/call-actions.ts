// Control actions of calls (simulator/network/calls.ts): someone calls the module, the far end
// hangs up, and how the far end of the module's own calls behaves.

import { remoteHangUp, ringIn } from '../network/calls.js';
import { networkWorld, type CalleeBehaviour } from '../network/world.js';
import { ControlError, type ControlAction } from './action.js';

const OUTCOMES: ReadonlyArray<CalleeBehaviour['outcome']> = ['answer', 'busy', 'no-answer', 'no-carrier'];

export const callActions: readonly ControlAction[] = [
  {
    name: 'incoming call',
    summary: 'A voice call to the module: RING every few seconds (answered after S0 rings when S0 > 0)',
    params: { number: { type: 'string', description: 'caller number, e.g. +8613800138000', required: true } },
    run: (modem, p) => {
      if (modem.power !== 'on') throw new ControlError(`incoming call: the module is ${modem.power}`);
      if (modem.state.network.registration.phase !== 'registered') throw new ControlError('incoming call: the module is not registered, no call can reach it');
      if (!ringIn(modem.state, modem.services(), String(p.number))) throw new ControlError('incoming call: the module is busy with another call');
      return { voice: modem.state.calls.voice?.phase };
    },
  },
  {
    name: 'remote hangup',
    summary: 'The far end ends the voice call (VOICE CALL: END, NO CARRIER) or stops calling (NO CARRIER)',
    params: {},
    run: (modem) => {
      if (modem.power !== 'on' || !remoteHangUp(modem.state, modem.services())) throw new ControlError('remote hangup: there is no voice call');
      return { voice: null };
    },
  },
  {
    name: 'set callee',
    summary: 'How the far end of the module\'s next voice calls behaves',
    params: {
      outcome: { type: 'string', description: 'answer | busy | no-answer | no-carrier', required: true },
      afterMs: { type: 'number', description: 'delay before the answer, busy or failure (ms)' },
    },
    run: (modem, p) => {
      const outcome = String(p.outcome) as CalleeBehaviour['outcome'];
      if (!OUTCOMES.includes(outcome)) throw new ControlError(`--outcome must be one of ${OUTCOMES.join(', ')}`);
      const world = networkWorld(modem.services());
      world.callee = { outcome, afterMs: (p.afterMs as number | undefined) ?? world.callee.afterMs };
      return { ...world.callee };
    },
  },
];


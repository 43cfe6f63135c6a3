// What +CFUN does to the SIM (manual §3.2.1): minimum functionality (0) powers the card down —
// the module prints "+SIMCARD: NOT AVAILABLE", as the manual's AT+CFUN=0 example in §19.2.1
// shows, and commands that need the SIM answer "SIM not inserted" —; leaving it powers the card
// up again, which then asks for its PIN again if the PIN is enabled (its retry counters are
// those of the card: a card waiting for its PUK still does) and prints +CPIN: <code>, and, once
// ready, the rest of the profile's start-up codes ("SMS DONE"). Flight mode (4) keeps the SIM.

import type { ModemServices } from '../core/handler.js';
import type { ModemState } from '../state/modem-state.js';
import { lockAtPowerOn, type SimLock, type SimState } from '../state/sim.js';

function lockAfterPowerUp(sim: SimState): SimLock {
  if (!sim.card) return { status: 'absent' };
  if (sim.pukRetries <= 0) return { status: 'blocked' };
  if (sim.pinRetries <= 0) return { status: 'locked', code: 'SIM PUK' };
  return lockAtPowerOn(sim.card);
}

export function powerDownSim(state: ModemState, services: ModemServices): void {
  if (!state.sim.card) return;
  state.sim.lock = { status: 'absent' };
  services.urc('+SIMCARD: NOT AVAILABLE');
}

export function powerUpSim(state: ModemState, services: ModemServices): void {
  if (!state.sim.card) return;
  const lock = lockAfterPowerUp(state.sim);
  state.sim.lock = lock;
  if (lock.status === 'ready') {
    const boot = services.profile.boot.urcs;
    const from = boot.findIndex((u) => u.text.startsWith('+CPIN:'));
    const lines = from >= 0 ? boot.slice(from).map((u) => u.text) : ['+CPIN: READY'];
    for (const line of lines) services.urc(line);
  } else if (lock.status === 'locked') {
    services.urc(`+CPIN: ${lock.code}`);
  }
}

// The registration state machine (manual §3.2.1 AT+CFUN, §4.2.1 AT+CREG, §4.2.2 AT+COPS,
// §5.2.1 AT+CGREG, §5.2.2 AT+CEREG, §5.2.3 AT+CGATT), on the injected clock.
//
// The module wants to be registered when its radio is on (+CFUN 1/5), it is not deregistered
// (+COPS=2) or detached (+CGATT=0), its SIM is ready, and a cell of an allowed band (+CNBP) is in
// range. Then it searches (<stat> 2) and, `timing.registrationMs` later, registers on the network
// selection's PLMN (1 home, 5 roaming) — or is denied (3) when the network rejects it. Without a
// usable SIM it stays at 0 (not searching); out of coverage it reports 4 ("unknown (e.g. out of
// E-UTRAN coverage)", §5.2.2). +CFUN=0/4 deregisters at once (0).
//
// `evaluate` compares where the module is with where the world and its settings say it should
// be and makes the transition, with its URCs: +CREG/+CGREG/+CEREG per their <n>, +CNSMOD, and
// on registration NITZ (+CTZV/+CTZEU), the EPS default bearer on context 1 (+CGEV: ME PDN ACT 1)
// and the eDRX parameters (+CEDRXP). Leaving registration (other than by losing coverage, when
// the contexts are kept for the return) detaches: contexts are gone (+CGEV: ME/NW DETACH, which
// "implies that all active contexts have been deactivated. These are not reported separately").
//
// It runs from the network slice's `react` (after every command line, control action and at
// power-on) and from its own registration timer.

import type { ModemServices } from '../core/handler.js';
import type { ModemState, ReactEvent } from '../state/modem-state.js';
import { radioOn, type Registration, type RegistrationStat } from '../state/network.js';
import { dropCallsOnDeregistration } from './calls.js';
import { activateDefaultBearer, cgev, deactivateAll } from './pdp.js';
import { locationOf, registrationUrc, type RegistrationDomain } from './registration-report.js';
import { cellUsable, hex, plmnOfImsi } from './signal.js';
import { receiveNitz } from './time-zone.js';
import { findOperator, networkWorld, type NetworkWorld, type Rat } from './world.js';

/** EMM cause #11 (3GPP TS 24.301 §9.9.3.9): PLMN not allowed. */
export const EMM_PLMN_NOT_ALLOWED = 11;

type Target =
  | { phase: 'off' }
  | { phase: 'no-sim' }
  | { phase: 'no-coverage' }
  | { phase: 'limited' }
  | { phase: 'denied'; cause: number }
  | { phase: 'register'; plmn: string; roaming: boolean; rat: Rat };

/** Who caused a change: the DTE (a command) or the network (control actions, timers). */
export type ChangeCause = 'me' | 'nw';

export function homePlmn(state: ModemState, world: NetworkWorld): string | undefined {
  if (world.homePlmn) return world.homePlmn;
  const card = state.sim.card;
  if (!card) return undefined;
  // EF_AD gives the MNC length (TS 31.102 §4.2.18); without it, the MCC decides.
  return card.mncLength ? card.imsi.slice(0, 3 + card.mncLength) : plmnOfImsi(card.imsi);
}

/** Forbidden for this module: by the network (AT+COPS=? <stat> 3) or in the SIM's EF_FPLMN. */
function forbidden(state: ModemState, world: NetworkWorld, plmn: string): boolean {
  return findOperator(world, plmn)?.availability === 'forbidden' || (state.sim.card?.forbiddenPlmns ?? []).includes(plmn);
}

/** Whether the module camps on a cell now (radio on and a usable cell): +CSQ, +CPSI, +CNSMOD. */
export function camped(state: ModemState, world: NetworkWorld): boolean {
  return radioOn(state.network) && cellUsable(state.network, world);
}

/** The PLMN automatic selection ends on: the world's serving network unless forbidden, else the first usable one. */
function automaticChoice(state: ModemState, world: NetworkWorld): string | undefined {
  if (!forbidden(state, world, world.servingPlmn)) return world.servingPlmn;
  return world.operators.find((o) => !forbidden(state, world, o.plmn))?.plmn;
}

function targetOf(state: ModemState, world: NetworkWorld): Target {
  const net = state.network;
  if (!radioOn(net) || net.cops.mode === 2 || net.psDetached) return { phase: 'off' };
  if (state.sim.lock.status !== 'ready') return { phase: 'no-sim' };
  if (!cellUsable(net, world)) return { phase: 'no-coverage' };
  let plmn: string | undefined;
  if ((net.cops.mode === 1 || net.cops.mode === 4) && net.cops.plmn) {
    const chosen = findOperator(world, net.cops.plmn);
    if (chosen) plmn = chosen.plmn;
    else if (net.cops.mode === 4) plmn = automaticChoice(state, world);
    else return { phase: 'limited' };
  } else {
    plmn = automaticChoice(state, world);
  }
  if (plmn === undefined) return { phase: 'denied', cause: EMM_PLMN_NOT_ALLOWED };
  if (world.rejectCause !== undefined) return { phase: 'denied', cause: world.rejectCause };
  if (forbidden(state, world, plmn)) return { phase: 'denied', cause: EMM_PLMN_NOT_ALLOWED };
  return { phase: 'register', plmn, roaming: plmn !== homePlmn(state, world), rat: world.rat };
}

/** <stat> per domain for a registration phase. GSM cells carry no EPS registration. */
function statsOf(reg: Registration): { eps: RegistrationStat; cs: RegistrationStat; ps: RegistrationStat } {
  let stat: RegistrationStat;
  switch (reg.phase) {
    case 'off':
    case 'no-sim':
      stat = 0;
      break;
    case 'searching':
    case 'limited':
      stat = 2;
      break;
    case 'no-coverage':
      stat = 4;
      break;
    case 'denied':
      stat = 3;
      break;
    case 'registered':
      stat = reg.roaming ? 5 : 1;
      if (reg.rat !== 'LTE') return { eps: 0, cs: stat, ps: stat };
      break;
  }
  return { eps: stat, cs: stat, ps: stat };
}

/** +CNSMOD <stat>: 0 no service, 1 GSM, 8 LTE (manual §4.2.7). */
export function systemModeOf(state: ModemState, world: NetworkWorld): number {
  if (!camped(state, world) || state.network.registration.phase === 'off') return 0;
  return world.rat === 'LTE' ? 8 : 1;
}

const DOMAINS: readonly RegistrationDomain[] = ['creg', 'cgreg', 'cereg'];

function cellKey(world: NetworkWorld): string {
  return `${world.rat}:${hex(world.cell.tac, 4)}:${hex(world.cell.ci, 8)}`;
}

/** Prints the registration URCs of every domain whose <stat> (or, at <n>=2, whose cell) changed. */
function reportRegistration(state: ModemState, services: ModemServices, world: NetworkWorld, before: Record<RegistrationDomain, RegistrationStat>): void {
  const net = state.network;
  const cell = net.registration.phase === 'registered' ? cellKey(world) : undefined;
  const cellChanged = cell !== undefined && cell !== net.reportedCell;
  net.reportedCell = cell;
  const now = { creg: net.cs, cgreg: net.ps, cereg: net.eps };
  for (const domain of DOMAINS) {
    const n = net.urc[domain];
    if (n === 0) continue;
    const statChanged = now[domain] !== before[domain];
    const locationChanged = n === 2 && cellChanged && locationOf(state, world, domain) !== undefined;
    if (statChanged || locationChanged) services.urc(registrationUrc(state, world, domain, n));
  }
}

function reportSystemMode(state: ModemState, services: ModemServices, world: NetworkWorld): void {
  const mode = systemModeOf(state, world);
  if (mode === state.network.systemMode) return;
  state.network.systemMode = mode;
  if (state.network.urc.cnsmod === 1) services.urc(`+CNSMOD: ${mode}`);
}

/** Leaving the EPS attach: every context is gone, the detach is reported (not each context). */
function detach(state: ModemState, services: ModemServices, byNetwork: boolean): void {
  deactivateAll(state, services, byNetwork ? 'nw' : 'me');
  cgev(state, services, byNetwork ? 'NW DETACH' : 'ME DETACH');
  state.network.edrx.granted = undefined;
}

function enterRegistration(state: ModemState, services: ModemServices, world: NetworkWorld, keptAttach: boolean): void {
  receiveNitz(state, services, world, true);
  if (!keptAttach) activateDefaultBearer(state, services, world);
  const edrx = state.network.edrx;
  if ((edrx.mode === 1 || edrx.mode === 2) && edrx.requested && world.edrx.granted && world.rat === 'LTE') {
    const changed = edrx.granted !== edrx.requested;
    edrx.granted = edrx.requested;
    if (changed && edrx.mode === 2) services.urc(`+CEDRXP: 4,"${edrx.requested}","${edrx.granted}","${world.edrx.pagingTimeWindow}"`);
  }
}

function transition(state: ModemState, services: ModemServices, world: NetworkWorld, next: Registration, cause: ChangeCause): void {
  const net = state.network;
  const prev = net.registration;
  if (next.phase !== 'searching') {
    services.clearTimer(net.pendingTimer);
    net.pendingTimer = undefined;
  }
  const before = { creg: net.cs, cgreg: net.ps, cereg: net.eps };
  const wasRegistered = prev.phase === 'registered';
  const hadContexts = Object.keys(state.packet.contexts).length > 0;
  // Out of coverage the UE stays attached: its EPS bearer contexts wait for the return.
  const attachedBefore = wasRegistered || ((prev.phase === 'no-coverage' || prev.phase === 'searching') && hadContexts);
  const keepsAttach = next.phase === 'registered' || next.phase === 'no-coverage' || (next.phase === 'searching' && prev.phase === 'no-coverage');
  net.registration = next;
  Object.assign(net, statsOf(next));
  services.log(`network: ${prev.phase} → ${next.phase}${next.phase === 'registered' ? ` ${next.plmn}${next.roaming ? ' (roaming)' : ''}` : next.phase === 'denied' ? ` (EMM cause ${next.cause})` : ''}`);
  if (wasRegistered && next.phase !== 'registered') dropCallsOnDeregistration(state, services);
  if (attachedBefore && !keepsAttach) {
    const byNetwork = next.phase === 'denied' || (cause === 'nw' && next.phase !== 'off' && next.phase !== 'no-sim');
    detach(state, services, byNetwork);
  }
  reportRegistration(state, services, world, before);
  reportSystemMode(state, services, world);
  if (next.phase === 'registered' && !wasRegistered) enterRegistration(state, services, world, attachedBefore && hadContexts);
}

export interface EvaluateOptions {
  cause: ChangeCause;
  /** Skip the search delay (power-on without delays). */
  immediate?: boolean;
  /** The registration timer fired: a search in progress completes. */
  complete?: boolean;
}

/** Brings the registration in line with the world and the settings (see the file comment). */
export function evaluate(state: ModemState, services: ModemServices, options: EvaluateOptions): void {
  const world = networkWorld(services);
  const net = state.network;
  const cur = net.registration;
  const target = targetOf(state, world);
  if (target.phase !== 'register') {
    const same = cur.phase === target.phase && (cur.phase !== 'denied' || (target.phase === 'denied' && cur.cause === target.cause));
    if (!same) transition(state, services, world, target, options.cause);
    else reportSystemMode(state, services, world);
    return;
  }
  if (cur.phase === 'registered' && cur.plmn === target.plmn && cur.rat === target.rat) {
    if (cur.roaming !== target.roaming) transition(state, services, world, { ...cur, roaming: target.roaming }, options.cause);
    else {
      reportRegistration(state, services, world, { creg: net.cs, cgreg: net.ps, cereg: net.eps });
      reportSystemMode(state, services, world);
    }
    return;
  }
  const searchingThere = cur.phase === 'searching' && cur.plmn === target.plmn;
  if (options.immediate || (options.complete && searchingThere)) {
    transition(state, services, world, { phase: 'registered', plmn: target.plmn, roaming: target.roaming, rat: target.rat, since: services.clock.now() }, options.cause);
    return;
  }
  if (searchingThere) return;
  transition(state, services, world, { phase: 'searching', plmn: target.plmn }, options.cause);
  services.clearTimer(net.pendingTimer);
  net.pendingTimer = services.setTimer(services.profile.network.timing.registrationMs, () => {
    net.pendingTimer = undefined;
    evaluate(state, services, { cause: 'nw', complete: true });
  });
}

/**
 * The network detaches the module (control): "+CGEV: NW DETACH", every context gone, and the
 * module attaches again after its search time. False when it was not registered.
 */
export function networkDetach(state: ModemState, services: ModemServices): boolean {
  const reg = state.network.registration;
  if (reg.phase !== 'registered') return false;
  const world = networkWorld(services);
  transition(state, services, world, { phase: 'searching', plmn: reg.plmn }, 'nw');
  services.clearTimer(state.network.pendingTimer);
  state.network.pendingTimer = services.setTimer(services.profile.network.timing.registrationMs, () => {
    state.network.pendingTimer = undefined;
    evaluate(state, services, { cause: 'nw', complete: true });
  });
  return true;
}

/** The network slice's react hook. */
export function reactRadio(state: ModemState, services: ModemServices, event: ReactEvent): void {
  if (event.cause === 'power-on') evaluate(state, services, { cause: 'me', immediate: event.immediate });
  else evaluate(state, services, { cause: event.cause === 'command' ? 'me' : 'nw' });
}

/** Registered (home or roaming) on any RAT. */
export function isRegistered(state: ModemState): boolean {
  return state.network.registration.phase === 'registered';
}

/**
 * Waits on the clock (polling every `stepMs`) until `predicate` holds or `timeoutMs` passes.
 * Used by commands that block until the network answers (+CGATT=1, +COPS=1, +CGACT=1).
 */
export async function waitUntil(services: ModemServices, predicate: () => boolean, timeoutMs: number, stepMs = 250): Promise<boolean> {
  const start = services.clock.now();
  while (!predicate()) {
    if (services.clock.now() - start >= timeoutMs) return false;
    await services.clock.sleep(stepMs);
  }
  return true;
}


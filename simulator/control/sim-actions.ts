// Control actions for the SIM card (manual chapter 6): what a tester does with the card in
// the slot — pull it, push one in, change its PIN state — and a look at it.
//
//   remove sim                                  take the card out
//   insert sim [--file p.json] [--iccid ..]     put a card in: the one last removed, a profile
//              [--imsi ..] [--pin ..]           file (fixtures/sim/), or the module profile's
//              [--pin-enabled true|false]       card with these fields changed
//   set sim [--pin-enabled ..] [--pin ..]       change the card in the slot (PIN state, tries
//           [--pin-retries n] [--puk-retries n] left) and reset it; [--detect-level 0|1] sets
//           [--pin2-retries n] [--puk2-retries n]  the board's card-detect polarity
//   sim status                                  card, lock, counters, hot-swap settings
//
// What the module notices follows the hot-swap settings in force (state/sim.ts): with
// AT+UIMHOTSWAPON=1 a removal prints +CPIN: SIM REMOVED at once and an insertion brings the
// card up after the module's card start-up time (+CPIN: READY / SIM PIN, then SMS DONE...);
// without it a removal leaves the module without a usable card, silently, and an insertion is
// seen only at the next start. `set sim` resets the card like a SIM toolkit REFRESH reset: the
// module re-reads it and prints its +CPIN state.

import type { Modem } from '../core/modem.js';
import type { SimCard } from '../profiles/profile.js';
import { loadSimProfile, parseSimProfile } from '../profiles/sim-file.js';
import { makeUicc } from '../state/sim-card.js';
import {
  cardDetected,
  endSession,
  initialiseCardUrcs,
  printTimedUrcs,
  simInitDelayMs,
  type SimState,
  type TimedUrc,
} from '../state/sim.js';
import { ControlError, type ControlAction } from './action.js';

function printUrcs(modem: Modem, sim: SimState, urcs: readonly TimedUrc[]): void {
  if (modem.state.sim === sim) printTimedUrcs(sim, modem.services(), urcs);
}

/** The module brings a newly seen card up after its start-up time. */
function scheduleInitialisation(modem: Modem, sim: SimState): void {
  const uicc = sim.uicc;
  sim.session = 'initialising';
  modem.services().setTimer(simInitDelayMs(modem.profile), () => {
    if (modem.state.sim !== sim || sim.uicc !== uicc) return;
    printUrcs(modem, sim, initialiseCardUrcs(sim, modem.profile));
  });
}

function describe(sim: SimState) {
  const c = sim.uicc;
  return {
    inserted: c !== undefined,
    iccid: sim.card?.iccid ?? null,
    imsi: sim.card?.imsi ?? null,
    lock: sim.lock,
    session: sim.session,
    pinEnabled: c?.pin1.enabled ?? null,
    retries: c ? { pin: c.pin1.retries, puk: c.puk1.retries, pin2: c.pin2.retries, puk2: c.puk2.retries } : null,
    hotswap: sim.hotswap,
    hotswapInForce: sim.hotswapInForce,
    detectLevel: sim.detectLevel,
  };
}

function removeSim(modem: Modem) {
  const sim = modem.state.sim;
  if (!sim.card || !sim.uicc) throw new ControlError('the SIM slot is already empty');
  const wasSeen = sim.session !== 'off' && cardDetected(sim);
  sim.removed = { card: sim.card, uicc: sim.uicc };
  sim.card = undefined;
  sim.uicc = undefined;
  if (!modem.ready || sim.session === 'initialising') {
    // Not announced yet: the start-up (or insertion) in progress reports the empty slot.
    endSession(sim);
    return describe(sim);
  }
  if (!sim.hotswapInForce.enabled) {
    // Nothing tells the module; its next access to the card fails.
    endSession(sim);
  } else if (wasSeen) {
    endSession(sim);
    modem.urc('+CPIN: SIM REMOVED');
  } else if (cardDetected(sim)) {
    scheduleInitialisation(modem, sim);
  }
  modem.persist();
  return describe(sim);
}

function cardFrom(modem: Modem, params: Record<string, unknown>): { card: SimCard; uicc: ReturnType<typeof makeUicc> } {
  const sim = modem.state.sim;
  const overrides: Record<string, unknown> = {};
  if (params.iccid !== undefined) overrides.iccid = params.iccid;
  if (params.imsi !== undefined) overrides.imsi = params.imsi;
  if (params.pin !== undefined) overrides.pin = params.pin;
  if (params['pin-enabled'] !== undefined) overrides.pinEnabled = params['pin-enabled'];
  if (params.file !== undefined) {
    let card: SimCard;
    try {
      card = loadSimProfile(String(params.file));
    } catch (e) {
      throw new ControlError((e as Error).message);
    }
    if (Object.keys(overrides).length > 0) card = validated({ ...card, ...overrides });
    return { card, uicc: makeUicc(card) };
  }
  if (Object.keys(overrides).length === 0 && sim.removed) return sim.removed;
  const base = sim.removed?.card ?? modem.profile.sim;
  if (!base) throw new ControlError('no card to insert: give --file <profile.json> or --iccid and --imsi');
  const card = validated({ ...base, ...overrides });
  return { card, uicc: makeUicc(card) };
}

function validated(card: SimCard): SimCard {
  try {
    const { iccid, imsi, spn, pin, puk, pin2, puk2, pinEnabled } = card;
    return { ...card, ...parseSimProfile({ iccid, imsi, spn, pin, puk, pin2, puk2, pinEnabled }, 'of insert sim') };
  } catch (e) {
    throw new ControlError((e as Error).message);
  }
}

function insertSim(modem: Modem, params: Record<string, unknown>) {
  const sim = modem.state.sim;
  if (sim.uicc) throw new ControlError(`a card (ICCID ${sim.card?.iccid}) is already in the slot; run "remove sim" first`);
  const { card, uicc } = cardFrom(modem, params);
  sim.card = card;
  sim.uicc = uicc;
  sim.removed = undefined;
  if (modem.ready && sim.hotswapInForce.enabled && sim.session !== 'initialising' && cardDetected(sim)) scheduleInitialisation(modem, sim);
  return describe(sim);
}

function setSim(modem: Modem, params: Record<string, unknown>) {
  const sim = modem.state.sim;
  if (params['detect-level'] !== undefined) {
    const level = params['detect-level'];
    if (level !== 0 && level !== 1) throw new ControlError('--detect-level must be 0 or 1');
    sim.detectLevel = level;
  }
  const cardChanges = ['pin-enabled', 'pin', 'pin-retries', 'puk-retries', 'pin2-retries', 'puk2-retries'].filter((k) => params[k] !== undefined);
  if (cardChanges.length === 0) return describe(sim);
  const c = sim.uicc;
  if (!c) throw new ControlError('no card in the slot; run "insert sim" first');
  const retries = (key: string, max: number): number | undefined => {
    const v = params[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) throw new ControlError(`--${key} must be an integer 0-${max}`);
    return v;
  };
  if (params.pin !== undefined && !/^\d{4,8}$/.test(String(params.pin))) throw new ControlError('--pin must be 4-8 digits');
  const pinRetries = retries('pin-retries', c.pin1.maxRetries);
  const pukRetries = retries('puk-retries', c.puk1.maxRetries);
  const pin2Retries = retries('pin2-retries', c.pin2.maxRetries);
  const puk2Retries = retries('puk2-retries', c.puk2.maxRetries);
  if (params['pin-enabled'] !== undefined) c.pin1.enabled = params['pin-enabled'] === true;
  if (params.pin !== undefined) c.pin1.value = String(params.pin);
  if (pinRetries !== undefined) c.pin1.retries = pinRetries;
  if (pukRetries !== undefined) c.puk1.retries = pukRetries;
  if (pin2Retries !== undefined) c.pin2.retries = pin2Retries;
  if (puk2Retries !== undefined) c.puk2.retries = puk2Retries;
  if (modem.ready && sim.session === 'active') printUrcs(modem, sim, initialiseCardUrcs(sim, modem.profile));
  return describe(sim);
}

export const simActions: readonly ControlAction[] = [
  {
    name: 'remove sim',
    summary: 'Take the SIM card out of the slot (+CPIN: SIM REMOVED with hot swap on)',
    params: {},
    run: (modem) => removeSim(modem),
  },
  {
    name: 'insert sim',
    summary: 'Put a card in: the one removed last, a profile file, or the profile card with changes',
    params: {
      file: { type: 'string', description: 'SIM profile JSON file (see fixtures/sim/)' },
      iccid: { type: 'string', description: 'ICCID, 19-20 digits' },
      imsi: { type: 'string', description: 'IMSI, up to 15 digits' },
      pin: { type: 'string', description: 'PIN1, 4-8 digits' },
      'pin-enabled': { type: 'boolean', description: 'whether the card asks for its PIN' },
    },
    run: (modem, params) => insertSim(modem, params),
  },
  {
    name: 'set sim',
    summary: 'Change the card in the slot (PIN state, tries left) and reset it; or the detect level',
    params: {
      'pin-enabled': { type: 'boolean', description: 'PIN1 asked at start-up' },
      pin: { type: 'string', description: 'new PIN1 value' },
      'pin-retries': { type: 'number', description: 'PIN1 tries left (0: the card wants its PUK)' },
      'puk-retries': { type: 'number', description: 'PUK1 tries left (0 with no PIN tries: blocked)' },
      'pin2-retries': { type: 'number', description: 'PIN2 tries left' },
      'puk2-retries': { type: 'number', description: 'PUK2 tries left' },
      'detect-level': { type: 'number', description: "level of the holder's detect line with a card in (0/1)" },
    },
    run: (modem, params) => setSim(modem, params),
  },
  {
    name: 'sim status',
    summary: 'The card in the slot, the lock state, tries left, hot-swap settings',
    params: {},
    run: (modem) => describe(modem.state.sim),
  },
];

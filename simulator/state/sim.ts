// The SIM as the module sees it (manual chapter 6): the card in the slot, if any, the module's
// session with it, and which password it waits for. The card itself — files, PINs, retry
// counters — is sim-card.ts; its command interface sim-apdu.ts. The lock state is a
// discriminated union, not flags, recomputed from the card after every operation.
//
// Lifecycle:
//   power-on      the card is being initialised ('initialising': +CME ERROR: SIM busy) until
//                 the profile's `+CPIN:` boot URC is due; then `+CPIN: READY`, `+CPIN: SIM PIN`,
//                 `+CPIN: SIM PUK` or `+CPIN: SIM REMOVED` (no card seen) is printed in its
//                 place, and the boot URCs marked `simReady` (SMS DONE...) only if ready.
//   PIN entry     `+CPIN: READY`, then the simReady URCs with their boot spacing.
//   hot swap      with AT+UIMHOTSWAPON=1 in force, removal prints `+CPIN: SIM REMOVED` and
//                 insertion initialises the card like a boot; without it the module notices
//                 neither (removal makes the card unusable silently, insertion needs a restart).
//   CFUN=0 / 1    powerDownSim / powerUpSim below, for the +CFUN handler.
//
// What survives a module restart: the card (it is physical: the slice carries it over) and the
// AUTO_SAVE hot-swap settings (NVRAM). PIN verification does not: the card loses power.
//
// Sources for the URC texts (the manual prints none for chapter 6): `+CPIN: SIM REMOVED` as a
// URC on SIMCom's Cat-1 firmware (A7670E capture, Xinyuan-LilyGO/LilyGo-Modem-Series#496);
// `+CPIN: READY` after AT+CPIN=<pin> (an A7600 driver that waits for it after entering the
// PIN); `+SIMCARD: NOT AVAILABLE` on AT+CFUN=0 (the manual's own §19.2.1 example). Hot-swap
// settings take effect at the next start (the same A7600 driver restarts the module after
// changing them).

import type { Profile, SimCard } from '../profiles/profile.js';
import { cme, CME, type Final } from '../core/result.js';
import type { ModemServices } from '../core/handler.js';
import { defineSlice, type ModemState } from './modem-state.js';
import { freshChannel, type UiccChannel, type UiccSecurity } from './sim-apdu.js';
import { makeUicc, PIN_TRIES, PUK_TRIES, type UiccCard } from './sim-card.js';

export { PIN_TRIES, PUK_TRIES };

export type SimLock =
  | { status: 'absent' }
  | { status: 'ready' }
  /** Waiting for a password; `+CPIN?` prints the code (`SIM PIN`, `SIM PUK`, ...). */
  | { status: 'locked'; code: 'SIM PIN' | 'SIM PUK' | 'SIM PIN2' | 'SIM PUK2' }
  /** PUK tries exhausted: the card is unusable. */
  | { status: 'blocked' };

/** The module's session with the card: none, being set up, or running. */
export type SimSession = 'off' | 'initialising' | 'active';

export interface HotSwapSettings {
  /** AT+UIMHOTSWAPON: detect insertion and removal through the card holder's switch. */
  enabled: boolean;
  /** AT+UIMHOTSWAPLEVEL: 0 the detect line is active low, 1 active high. */
  level: 0 | 1;
}

export interface SimState {
  /** The card in the slot as it was described (ICCID, IMSI, SPN...); undefined: empty slot. */
  card: SimCard | undefined;
  /** That card's memory: files, PINs and their counters. Present exactly when `card` is. */
  uicc: UiccCard | undefined;
  /** The card last taken out of the slot (the control API can put it back). */
  removed: { card: SimCard; uicc: UiccCard } | undefined;
  /** What the module knows: no card, ready, waiting for a password, blocked. */
  lock: SimLock;
  session: SimSession;
  /** Which PINs are verified since the card was last powered. */
  security: UiccSecurity;
  /** The selection of +CSIM's raw channel and of the module's own driver (+CRSM). */
  csimChannel: UiccChannel;
  crsmChannel: UiccChannel;
  /** Hot-swap settings as saved (AUTO_SAVE)... */
  hotswap: HotSwapSettings;
  /** ...and as in force since the module started. */
  hotswapInForce: HotSwapSettings;
  /** The card holder's detect line with a card in (a property of the board). */
  detectLevel: 0 | 1;
  /** AT+CSIMSLEEP: whether the SIM may be powered down between accesses (NO_SAVE). */
  sleepAllowed: boolean;
  /** Whether `+CPIN: READY` went out at boot (the simReady boot URCs follow only then). */
  readyAnnounced: boolean;
  /**
   * 27.007 §8.3: `SIM PIN2` / `SIM PUK2` are reported by +CPIN? after a command failed for
   * want of PIN2, until PIN2 (or PUK2) is entered; the ME is not blocked meanwhile.
   */
  pin2Pending: 'SIM PIN2' | 'SIM PUK2' | undefined;
  /**
   * The card's counters as the slice had them before the card model (tries left; 0 without a
   * card). Read-only views of `uicc` kept for code written against that shape; new code reads
   * `uicc`.
   */
  readonly pinRetries: number;
  readonly pukRetries: number;
  readonly pin2Retries: number;
  readonly puk2Retries: number;
}

type CounterViews = 'pinRetries' | 'pukRetries' | 'pin2Retries' | 'puk2Retries';

/** Adds the read-only counter views to a slice object. */
function withCounterViews(sim: Omit<SimState, CounterViews>): SimState {
  const view = (read: (c: UiccCard) => number): PropertyDescriptor => ({
    get(this: SimState) {
      return this.uicc ? read(this.uicc) : 0;
    },
    enumerable: false,
  });
  return Object.defineProperties(sim, {
    pinRetries: view((c) => c.pin1.retries),
    pukRetries: view((c) => c.puk1.retries),
    pin2Retries: view((c) => c.pin2.retries),
    puk2Retries: view((c) => c.puk2.retries),
  }) as SimState;
}

declare module './modem-state.js' {
  interface ModemState {
    sim: SimState;
  }
}

/** The lock a card's counters and the session put the module in. */
export function computeLock(sim: Pick<SimState, 'uicc' | 'session' | 'security'>): SimLock {
  const card = sim.uicc;
  if (!card || sim.session !== 'active') return { status: 'absent' };
  if (card.pin1.retries === 0 && card.puk1.retries === 0) return { status: 'blocked' };
  if (card.pin1.retries === 0) return { status: 'locked', code: 'SIM PUK' };
  if (card.pin1.enabled && !sim.security.pin1Verified) return { status: 'locked', code: 'SIM PIN' };
  return { status: 'ready' };
}

export function refreshLock(sim: SimState): SimLock {
  sim.lock = computeLock(sim);
  if (sim.lock.status !== 'ready') sim.pin2Pending = undefined;
  return sim.lock;
}

/** For boot and power-on: a card made from the profile, or none. */
export function lockAtPowerOn(card: SimCard | undefined): SimLock {
  if (!card) return { status: 'absent' };
  return computeLock({ uicc: makeUicc(card), session: 'active', security: { pin1Verified: false, pin2Verified: false } });
}

/** Whether the module sees a card: physically there, and the detect line read as configured. */
export function cardDetected(sim: SimState): boolean {
  if (!sim.hotswapInForce.enabled) return sim.uicc !== undefined;
  const line = sim.uicc ? sim.detectLevel : ((1 - sim.detectLevel) as 0 | 1);
  return line === sim.hotswapInForce.level && sim.uicc !== undefined;
}

/** The card is powered and its session starts: nothing verified, nothing selected. */
export function startSession(sim: SimState): SimLock {
  sim.session = sim.uicc ? 'active' : 'off';
  sim.security = { pin1Verified: false, pin2Verified: false };
  sim.csimChannel = freshChannel();
  sim.crsmChannel = freshChannel();
  sim.pin2Pending = undefined;
  return refreshLock(sim);
}

export function endSession(sim: SimState): void {
  sim.session = 'off';
  sim.security = { pin1Verified: false, pin2Verified: false };
  sim.pin2Pending = undefined;
  refreshLock(sim);
}

/** What `+CPIN?` says and what the `+CPIN:` URC prints for a lock. */
export function cpinCode(sim: SimState): string | undefined {
  const lock = sim.lock;
  if (lock.status === 'ready') return sim.pin2Pending ?? 'READY';
  if (lock.status === 'locked') return lock.code;
  return undefined;
}

/** The URC a (re)initialised card announces itself with. */
export function cpinUrc(sim: SimState): string | undefined {
  if (sim.session !== 'active') return '+CPIN: SIM REMOVED';
  const code = cpinCode(sim);
  return code === undefined ? undefined : `+CPIN: ${code}`;
}

export interface TimedUrc {
  lines: string[];
  /** After the event (a command's final result code, or the control action). */
  delayMs: number;
}

/** What follows `+CPIN: READY`: the profile's simReady boot URCs, spaced as at boot. */
export function simReadyUrcs(profile: Profile): TimedUrc[] {
  const urcs = profile.boot.urcs;
  const cpin = urcs.find((u) => u.text.startsWith('+CPIN:'));
  const base = cpin?.afterMs ?? profile.boot.readyAfterMs;
  return urcs.filter((u) => u.simReady).map((u) => ({ lines: [u.text], delayMs: Math.max(0, u.afterMs - base) }));
}

/** How long the module takes to bring up a card (boot: from ready to the `+CPIN:` URC). */
export function simInitDelayMs(profile: Profile): number {
  const cpin = profile.boot.urcs.find((u) => u.text.startsWith('+CPIN:'));
  return cpin ? Math.max(0, cpin.afterMs - profile.boot.readyAfterMs) : 0;
}

/**
 * Brings the card up now (end of boot, insertion, CFUN=1): the session starts if the module
 * sees a card. Returns the `+CPIN:` URC that announces the result (none for a blocked card).
 */
export function initialiseCard(sim: SimState): string | undefined {
  if (!cardDetected(sim)) {
    endSession(sim);
    return '+CPIN: SIM REMOVED';
  }
  startSession(sim);
  return cpinUrc(sim);
}

/** initialiseCard with what follows: the simReady URCs when the card came up ready. */
export function initialiseCardUrcs(sim: SimState, profile: Profile): TimedUrc[] {
  const urc = initialiseCard(sim);
  const out: TimedUrc[] = urc ? [{ lines: [urc], delayMs: 0 }] : [];
  if (sim.lock.status === 'ready') out.push(...simReadyUrcs(profile));
  return out;
}

/** A password made the SIM ready: `+CPIN: READY` and what follows it. */
export function becameReadyUrcs(profile: Profile): TimedUrc[] {
  return [{ lines: ['+CPIN: READY'], delayMs: 0 }, ...simReadyUrcs(profile)];
}

/**
 * Prints a card's announcement: the immediate URCs now (held until the final result code when a
 * command is running), the later ones (SMS DONE...) on power-cycle timers, and only if the same
 * card is still ready by then — a card pulled or powered down in between announces nothing more.
 */
export function printTimedUrcs(sim: SimState, modem: ModemServices, urcs: readonly TimedUrc[]): void {
  const card = sim.uicc;
  for (const u of urcs) {
    if (u.delayMs <= 0) modem.urc(u.lines);
    else
      modem.setTimer(u.delayMs, () => {
        if (sim.uicc === card && sim.lock.status === 'ready') modem.urc(u.lines);
      });
  }
}

/**
 * For AT+CFUN=0 (minimum functionality): the card loses power and its PIN verification, the
 * module says `+SIMCARD: NOT AVAILABLE` (the manual's §19.2.1 example), and commands that need
 * the SIM answer SIM not inserted until powerUpSim. Nothing happens without a card in use.
 */
export function powerDownSim(state: ModemState, modem: ModemServices): void {
  const sim = state.sim;
  if (sim.session === 'off' || !sim.uicc) return;
  endSession(sim);
  modem.urc('+SIMCARD: NOT AVAILABLE');
}

/**
 * For AT+CFUN=1 after powerDownSim: the card is brought up as after a boot — `+CPIN: READY`
 * and the profile's simReady URCs (SMS DONE...) at their boot spacing, or `+CPIN: SIM PIN` /
 * `SIM PUK` as the card's PIN state and counters say.
 */
export function powerUpSim(state: ModemState, modem: ModemServices): void {
  const sim = state.sim;
  if (sim.session !== 'off' || !sim.uicc) return;
  printTimedUrcs(sim, modem, initialiseCardUrcs(sim, modem.profile));
}

function freshSim(profile: Profile, previous: SimState | undefined): SimState {
  const card = previous ? previous.card : profile.sim ? { ...profile.sim } : undefined;
  const uicc = previous ? previous.uicc : card ? makeUicc(card) : undefined;
  const hotswap: HotSwapSettings = { enabled: false, level: 0 };
  return withCounterViews({
    card,
    uicc,
    removed: previous?.removed,
    lock: { status: 'absent' },
    session: 'initialising',
    security: { pin1Verified: false, pin2Verified: false },
    csimChannel: freshChannel(),
    crsmChannel: freshChannel(),
    hotswap,
    hotswapInForce: { ...hotswap },
    detectLevel: previous?.detectLevel ?? profile.hardware?.simDetectLevel ?? 0,
    sleepAllowed: false,
    readyAnnounced: false,
    pin2Pending: undefined,
  });
}

export const simSlice = defineSlice({
  key: 'sim',
  create: (profile, previous) => freshSim(profile, previous),
  nvram: {
    save: (sim) => ({ hotswap: { ...sim.hotswap } }),
    // Loaded at power-on only: the saved settings are the ones in force from now on.
    load: (sim, data) => {
      const h = (data as { hotswap?: { enabled?: unknown; level?: unknown } }).hotswap;
      if (!h) return;
      if (typeof h.enabled === 'boolean') sim.hotswap.enabled = h.enabled;
      if (h.level === 0 || h.level === 1) sim.hotswap.level = h.level;
      sim.hotswapInForce = { ...sim.hotswap };
    },
  },
  bootUrc: (sim, urc) => {
    if (urc.text.startsWith('+CPIN:')) {
      if (sim.session !== 'initialising') return cpinUrc(sim);
      const text = initialiseCard(sim);
      sim.readyAnnounced = sim.lock.status === 'ready';
      return text;
    }
    if (urc.simReady && !sim.readyAnnounced) return undefined;
    return urc.text;
  },
  onReady: (sim, modem) => {
    // A profile without a `+CPIN:` boot URC: the card is set up as the module becomes ready.
    if (sim.session === 'initialising' && !modem.profile.boot.urcs.some((u) => u.text.startsWith('+CPIN:'))) {
      initialiseCard(sim);
      sim.readyAnnounced = sim.lock.status === 'ready';
    }
  },
});

/**
 * The error a command that needs the SIM gets when it is not usable, or undefined when it is.
 * `needsPin`: whether the command needs the PIN entered (CIMI does; CICCID does not).
 */
export function simUnavailable(sim: SimState, needsPin: boolean): Final | undefined {
  if (sim.session === 'initialising') return cme(CME.SIM_BUSY);
  switch (sim.lock.status) {
    case 'absent':
      return cme(CME.SIM_NOT_INSERTED);
    case 'blocked':
      return cme(CME.SIM_FAILURE);
    case 'ready':
      return undefined;
    case 'locked':
      if (!needsPin || sim.lock.code === 'SIM PIN2' || sim.lock.code === 'SIM PUK2') return undefined;
      return cme(sim.lock.code === 'SIM PUK' ? CME.SIM_PUK_REQUIRED : CME.SIM_PIN_REQUIRED);
  }
}

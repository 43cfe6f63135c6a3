// The simulator's state: a set of typed slices, one per subsystem, owned by one Modem instance
// (no module-global state: tests run many modems in parallel).
//
// Each subsystem declares its slice in its own file, adding its key to ModemState by module
// augmentation:
//
//     declare module '../state/modem-state.js' {
//       interface ModemState { sms: SmsState }
//     }
//
// and exports a SliceDefinition, listed once in slices.ts. The definition says how the slice
// is created at power-on, what of it survives a restart (NVRAM: AUTO_SAVE / AUTO_SAVE_REBOOT,
// manual §1.4), what AT&W saves and ATZ restores, and what AT&F resets.

import type { ModemServices } from '../core/handler.js';
import type { BootUrc, Profile } from '../profiles/profile.js';

// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface ModemState {}

export type SliceKey = keyof ModemState & string;

/** Save/restore of part of a slice as JSON-able data. `load` must tolerate older shapes. */
export interface Persister<S> {
  save(slice: S): unknown;
  load(slice: S, data: unknown): void;
}

export interface SliceDefinition<K extends SliceKey = SliceKey> {
  key: K;
  /**
   * A fresh slice at power-on, from the profile's factory values. `previous` is the slice of
   * the power cycle that just ended (undefined at construction): a slice may carry over what is
   * not module memory but the physical world around it — the SIM card in the slot, the supply
   * voltage — and must take nothing else from it.
   */
  create(profile: Profile, previous?: ModemState[K]): ModemState[K];
  /** What the module keeps in NVRAM (survives AT+CRESET, power loss and simulator restarts). */
  nvram?: Persister<ModemState[K]>;
  /** What AT&W stores in the user profile and ATZ (and power-on) restores. */
  userProfile?: Persister<ModemState[K]>;
  /** AT&F: back to the factory values of what &F covers (manual §2.2.9). */
  factoryReset?(slice: ModemState[K], profile: Profile): void;
  /**
   * A boot URC of the profile is due: return its text (possibly rewritten to the slice's state,
   * e.g. `+CPIN: SIM PIN` for a locked SIM), or undefined to suppress it. Slices are asked in
   * SLICES order; the first that rewrites or suppresses a URC decides.
   */
  bootUrc?(slice: ModemState[K], urc: BootUrc): string | undefined;
  /** The module has booted and answers AT: start what runs from power-on (monitors, timers). */
  onReady?(slice: ModemState[K], modem: ModemServices): void;
  /**
   * Background behaviour of the subsystem: runs when the module becomes ready after power-on,
   * after every command line (before its final result code), after every control action and
   * after every boot URC and power-cycle timer (ModemServices.setTimer) has fired, so a
   * subsystem can start its work and react to what others changed (the radio registers once
   * the SIM is unlocked, deregisters when it is pulled). Must be idempotent and cheap.
   */
  react?(state: ModemState, services: ModemServices, event: ReactEvent): void;
}

/** Why a slice's `react` runs. `immediate`: power-on without the boot delays (tests). */
export type ReactEvent = { cause: 'power-on'; immediate: boolean } | { cause: 'command' } | { cause: 'control' } | { cause: 'timer' };

/** Helper that keeps a slice definition's types tied to its key. */
export function defineSlice<K extends SliceKey>(def: SliceDefinition<K>): SliceDefinition<K> {
  return def;
}

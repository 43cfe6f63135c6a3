// A module profile: the data that makes a simulator instance a particular module. The default
// is the SIM767XX of the manual (sim767xx.ts); other modules users have are overlays of it
// (identity, defaults, ranges and quirks), merged with `overlayProfile`.

import type { NetworkProfile } from '../network/world.js';

export interface Identity {
  /** `+CGMI`, `ATI` "Manufacturer:" (manual §2.2.13, §2.2.5). */
  manufacturer: string;
  /** `+CGMM`, `ATI` "Model:" (§2.2.14). */
  model: string;
  /** `+CGMR: <revision>`, `ATI` "Revision:" (§2.2.15). */
  revision: string;
  /** 15-digit IMEI: `+CGSN`, `ATI` "IMEI:", `+SIMEI` (§2.2.16, §3.2.10). */
  imei: string;
}

/** The SIM card in the slot (manual chapter 6). */
export interface SimCard {
  /** 19-20 digits, `+ICCID: <iccid>` (§6.2.1). */
  iccid: string;
  /** 15 digits, `AT+CIMI` (§6.2.5). */
  imsi: string;
  /** Service provider name, `+CSPN` (§6.2.10). */
  spn: string;
  pin: string;
  puk: string;
  pin2: string;
  puk2: string;
  /** Whether the SIM asks for its PIN at power-on (`+CLCK="SC"`). */
  pinEnabled: boolean;
}

export interface BootUrc {
  text: string;
  /** Milliseconds after power-on (or after the reset completes). */
  afterMs: number;
}

export interface Profile {
  name: string;
  description: string;
  identity: Identity;
  /** The SIM in the slot at power-on; null: no SIM. */
  sim: SimCard | null;
  boot: {
    /** The UART answers nothing until this long after power-on. */
    readyAfterMs: number;
    /** Unsolicited codes the module prints while it starts, in order. */
    urcs: BootUrc[];
    /** How long AT+CRESET takes before the module starts again. */
    resetDelayMs: number;
  };
  /** Factory values of the V.250 settings (ATE, ATV, ATQ, +CMEE, S-registers, &C, &D). */
  v250: {
    echo: boolean;
    verbose: boolean;
    quiet: boolean;
    cmee: number;
    charset: string;
    ampC: number;
    ampD: number;
  };
  /**
   * Deliberate deviations, for modules that differ and for fault demonstrations. Every quirk
   * defaults to the manual's behaviour.
   */
  quirks: {
    /** The data prompt text; the manual and 27.005 say "> " (with the space). */
    promptText: string;
  };
  /** The radio network around the module and its timing (simulator/network/world.ts). */
  network: NetworkProfile;
  /** Free-form per-subsystem data that later slices read (SIM profile, network, storage...). */
  extensions: Record<string, unknown>;
}

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? (T[K] extends unknown[] ? T[K] : DeepPartial<T[K]>) : T[K] };

export type ProfileOverlay = DeepPartial<Profile> & { name: string };

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function merge<T>(base: T, overlay: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(overlay)) return (overlay === undefined ? base : overlay) as T;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(overlay)) out[k] = merge((base as Record<string, unknown>)[k], v);
  return out as T;
}

/** A profile made of `base` with `overlay`'s fields replacing or deepening it. */
export function overlayProfile(base: Profile, overlay: ProfileOverlay): Profile {
  return merge(base, overlay);
}

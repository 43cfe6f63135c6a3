// A module profile: the data that makes a simulator instance a particular module. The default
// is the SIM767XX of the manual (sim767xx.ts); other modules users have are overlays of it
// (identity, defaults, ranges and quirks), merged with `overlayProfile`.

import type { FileSystemProfile } from '../fs/profile.js';
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
  /**
   * The optional fields below describe the card further (see simulator/state/sim-card.ts for
   * how they fill the card's elementary files, and fixtures/sim/ for profile files loaded with
   * `modem-sim --sim <file>`). Omitted: the values of a fresh test card.
   */
  /** Tries left, as the card counts them (TS 31.102 / TS 102 221 §9.5.1): 3, 10, 3, 10. */
  retries?: { pin?: number; puk?: number; pin2?: number; puk2?: number };
  /** `+CSPN` <display mode>: EF_SPN byte 1 bit 1 (TS 31.102 §4.2.12); default 0. */
  spnDisplayMode?: 0 | 1;
  /** Length of the MNC in the IMSI, EF_AD byte 4 (TS 31.102 §4.2.18); default 2. */
  mncLength?: 2 | 3;
  /** Subscriber number, EF_MSISDN record 1 (TS 31.102 §4.2.26). */
  msisdn?: string;
  /** SMS service centre, EF_SMSP record 1 (TS 31.102 §4.2.27), e.g. "+8613800230500". */
  smsc?: string;
  /** Accumulated call meter and its maximum in units, EF_ACM / EF_ACMmax (§4.2.9, §4.2.7). */
  acm?: number;
  acmMax?: number;
  /** Forbidden PLMNs, EF_FPLMN (§4.2.16), as MCC+MNC digits ("46002"). */
  forbiddenPlmns?: string[];
  /**
   * Raw contents replacing or adding elementary files, by file ID ("6F3E") or path
   * ("3F00/7FFF/6F3E"): a hex string for a transparent EF, a list of hex records otherwise.
   */
  files?: Record<string, string | string[]>;
}

export interface BootUrc {
  text: string;
  /** Milliseconds after power-on (or after the reset completes). */
  afterMs: number;
  /**
   * Printed only once the SIM is ready (`SMS DONE`, `PB DONE`: the module reads the card's
   * SMS and phonebook files); after a PIN entry or a card insertion they follow `+CPIN: READY`
   * with the same spacing as at boot.
   */
  simReady?: boolean;
}

/** The board around the module (manual chapter 9): supply, temperature, inputs. */
export interface HardwareProfile {
  /** VBAT at power-on in millivolts (`+CBC`); the manual's example reads 3.749 V. */
  supplyMv: number;
  /** Module temperature in °C (`+CPMUTEMP`); the manual's example reads 15. */
  temperatureC: number;
  /** Voltage on the ADC inputs in millivolts (`+CADC=2`, `+CADC2=2`): the manual's 908 and 904. */
  adcMv: [number, number];
  /** GPIO numbers the module offers (`+CGDRT=?`). */
  gpios: number[];
  /**
   * Level of the card holder's detect switch with a card in: 0 low, 1 high. The module sees a
   * card only when `AT+UIMHOTSWAPLEVEL` matches it (with hot swap on).
   */
  simDetectLevel: 0 | 1;
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
  /** The board's electrical environment; omitted: the values of the SIM767XX profile. */
  hardware?: HardwareProfile;
  /** The file system's drives and timing (simulator/fs/profile.ts); omitted: the SIM767XX's. */
  fileSystem?: FileSystemProfile;
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

// V.250 settings of an AT channel (manual chapter 2 and §3.2.8): echo, result code format and
// presentation, error reporting, the S-registers and the &C/&D circuit modes, plus the TE
// character set of +CSCS (§2.2.17).
//
// Saving (manual §1.4 and the sections): ATE is NO_SAVE, ATV and ATQ AT&W_SAVE, and AT&W saves
// "ATE, ATQ, ATV, AT&C, AT&D, AT+IFC" (§2.2.11), so all of those go to the user profile, with
// the S-registers (V.250 §6.1.2). +CMEE is NO_SAVE (§3.2.8). +CSCS is AUTO_SAVE (§2.2.17).

import { defineSlice } from './modem-state.js';

export interface V250Settings {
  echo: boolean;
  verbose: boolean;
  quiet: boolean;
  /** +CMEE: 0 ERROR only, 1 numeric, 2 verbose. */
  cmee: number;
  /** S-registers by number (S0, S3, S4, S5, S6, S7, S8, S10). */
  s: Record<number, number>;
  /** ATX result code selection. */
  x: number;
  /** AT&C: DCD mode (manual §8.2.2). */
  ampC: number;
  /** AT&D: DTR mode (manual §8.2.1). */
  ampD: number;
  /** +CSCS: "IRA", "GSM" or "UCS2". */
  charset: string;
}

declare module './modem-state.js' {
  interface ModemState {
    v250: V250Settings;
  }
}

export const FACTORY_S_REGISTERS: Readonly<Record<number, number>> = { 0: 0, 3: 13, 4: 10, 5: 8, 6: 2, 7: 60, 8: 2, 10: 14 };

type UserProfile = Pick<V250Settings, 'echo' | 'verbose' | 'quiet' | 'x' | 'ampC' | 'ampD'> & { s: Record<number, number> };

export const v250Slice = defineSlice({
  key: 'v250',
  create: (profile) => ({
    echo: profile.v250.echo,
    verbose: profile.v250.verbose,
    quiet: profile.v250.quiet,
    cmee: profile.v250.cmee,
    s: { ...FACTORY_S_REGISTERS },
    x: 4,
    ampC: profile.v250.ampC,
    ampD: profile.v250.ampD,
    charset: profile.v250.charset,
  }),
  nvram: {
    save: (v) => ({ charset: v.charset }),
    load: (v, data) => {
      const d = data as { charset?: unknown };
      if (typeof d.charset === 'string') v.charset = d.charset;
    },
  },
  userProfile: {
    save: (v): UserProfile => ({ echo: v.echo, verbose: v.verbose, quiet: v.quiet, x: v.x, ampC: v.ampC, ampD: v.ampD, s: { ...v.s } }),
    load: (v, data) => {
      const d = data as Partial<UserProfile>;
      if (typeof d.echo === 'boolean') v.echo = d.echo;
      if (typeof d.verbose === 'boolean') v.verbose = d.verbose;
      if (typeof d.quiet === 'boolean') v.quiet = d.quiet;
      if (typeof d.x === 'number') v.x = d.x;
      if (typeof d.ampC === 'number') v.ampC = d.ampC;
      if (typeof d.ampD === 'number') v.ampD = d.ampD;
      if (d.s && typeof d.s === 'object') {
        for (const [k, val] of Object.entries(d.s)) if (typeof val === 'number' && Number(k) in FACTORY_S_REGISTERS) v.s[Number(k)] = val;
      }
    },
  },
  factoryReset: (v, profile) => {
    v.echo = profile.v250.echo;
    v.verbose = profile.v250.verbose;
    v.quiet = profile.v250.quiet;
    v.cmee = profile.v250.cmee;
    v.s = { ...FACTORY_S_REGISTERS };
    v.x = 4;
    v.ampC = profile.v250.ampC;
    v.ampD = profile.v250.ampD;
  },
});

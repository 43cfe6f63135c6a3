// The radio side of the module as other subsystems see it: phone functionality (+CFUN, manual
// §3.2.1) and registration (27.007 <stat>, §4.2.1 / §5.2.1-5.2.2). The network subsystem owns
// and drives this slice (registration state machine in simulator/network/radio.ts, operator,
// RAT, signal); others only ask `registeredForService` before using the network (SMS, packet
// data, calls).
//
// Besides the registration lifecycle the slice keeps the module's network settings:
//   NO_SAVE   +CREG/+CGREG/+CEREG/+CNSMOD <n>, +CTZR (§4.2.1, §5.2.1-2, §4.2.7, §4.2.9)
//   AUTO_SAVE +COPS mode 0/1/4 with its format and operator (§4.2.2: "Set <mode> to 0,1,4
//             will save to NVM"), +CNBP (§4.2.5), +CTZU (§4.2.8), +CEDRXS (§4.2.10),
//             +CPOL (§4.2.3, kept on the SIM's EF_PLMNwAcT on a real module), +CCLK (§3.2.7)

import type { TimerHandle } from '../core/clock.js';
import { reactRadio } from '../network/radio.js';
import type { Rat } from '../network/world.js';
import { defineSlice } from './modem-state.js';

/** 27.007 §7.2 <stat>: 0 not registered/not searching, 1 home, 2 searching, 3 denied, 4 unknown, 5 roaming. */
export type RegistrationStat = 0 | 1 | 2 | 3 | 4 | 5;

/**
 * Where the module is in registering, per power cycle. The <stat> of +CREG/+CGREG/+CEREG is
 * derived from it (see radio.ts `statsOf`).
 */
export type Registration =
  /** Radio off (+CFUN 0/4/7), deregistered (+COPS=2) or detached (+CGATT=0): stat 0. */
  | { phase: 'off' }
  /** Radio on but no usable SIM (absent, locked, blocked): stat 0, not searching. */
  | { phase: 'no-sim' }
  /** Attaching to `plmn`; completes when the registration timer fires: stat 2. */
  | { phase: 'searching'; plmn: string }
  /** Searching without success: the manually selected network is not there: stat 2. */
  | { phase: 'limited' }
  /** No suitable cell (out of coverage, or no allowed band): stat 4. */
  | { phase: 'no-coverage' }
  /** The network rejected the attach with an EMM cause: stat 3. */
  | { phase: 'denied'; cause: number }
  /** Registered on `plmn` over `rat`: stat 1 (home) or 5 (roaming). */
  | { phase: 'registered'; plmn: string; roaming: boolean; rat: Rat; since: number };

export interface CopsSettings {
  /** 0 automatic, 1 manual, 2 deregistered, 4 manual/automatic. */
  mode: 0 | 1 | 2 | 4;
  /** The last of 0/1/4, what NVRAM keeps ("Set <mode> to 0,1,4 will save to NVM"). */
  savedMode: 0 | 1 | 4;
  /** <format> of +COPS? and +COPS=?: 0 long, 1 short, 2 numeric. */
  format: 0 | 1 | 2;
  /** The manually selected PLMN (numeric), for modes 1 and 4. */
  plmn?: string;
}

export interface PreferredOperator {
  plmn: string;
  /** GSM, GSM compact, UTRAN, E-UTRAN access technology flags; absent on a SIM without them. */
  act?: [number, number, number, number];
}

export interface NetworkState {
  /** +CFUN <fun>: 0 minimum, 1 full, 4 flight mode, 5 factory test, 7 offline (manual §3.2.1). */
  functionality: number;
  /** EPS (LTE) registration, what +CEREG reports. */
  eps: RegistrationStat;
  /** Circuit-switched view (+CREG) and packet-switched view (+CGREG). */
  cs: RegistrationStat;
  ps: RegistrationStat;
  registration: Registration;
  /** +CGATT=0: the DTE asked for a PS detach; no registration until +CGATT=1. */
  psDetached: boolean;
  /** The timer that completes a pending registration (this power cycle only). */
  pendingTimer?: TimerHandle;
  /** The cell last reported in a location-carrying URC, to report cell changes (<n>=2). */
  reportedCell?: string;
  /** URC presentation: +CREG, +CGREG, +CEREG <n>; +CNSMOD <n>; +CTZR <on/off>. */
  urc: { creg: number; cgreg: number; cereg: number; cnsmod: number; ctzr: number };
  /** The system mode last reported by +CNSMOD (0 no service, 1 GSM, 8 LTE). */
  systemMode: number;
  cops: CopsSettings;
  /** +CTZU: 0 off, 1 NITZ updates zone and GMT time, 3 NITZ updates zone and local time. */
  ctzu: number;
  /** The zone last received by NITZ (quarters of an hour), to report changes (+CTZR). */
  nitzZone?: number;
  /** +CNBP: the LTE band mask as hex text ("0x000001E20A0818DF") and the band 65-72 mask. */
  bands: { lte: string; ext: number };
  /** +CEDRXS: <mode> and the requested eDRX value for E-UTRAN; what the network granted. */
  edrx: { mode: number; requested?: string; granted?: string };
  /** +CPOL: the SIM's preferred operator list (index = position + 1; holes are undefined). */
  cpol: { format: 0 | 1 | 2; entries: Array<PreferredOperator | undefined> };
  /** +CCLK: the RTC as an offset from the virtual clock, and the time zone in quarters (undefined: invalid). */
  rtc: { offsetMs: number; zone?: number };
}

declare module './modem-state.js' {
  interface ModemState {
    network: NetworkState;
  }
}

interface SavedNetwork {
  cops?: { mode?: unknown; format?: unknown; plmn?: unknown };
  ctzu?: unknown;
  bands?: { lte?: unknown; ext?: unknown };
  edrx?: { mode?: unknown; requested?: unknown };
  cpol?: { format?: unknown; entries?: unknown };
  rtc?: { offsetMs?: unknown; zone?: unknown };
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

export const networkSlice = defineSlice({
  key: 'network',
  create: (profile) => ({
    functionality: 1,
    eps: 0,
    cs: 0,
    ps: 0,
    // The radio (simulator/network/radio.ts) starts searching when the module becomes ready.
    registration: { phase: 'off' },
    psDetached: false,
    urc: { creg: 0, cgreg: 0, cereg: 0, cnsmod: 0, ctzr: 0 },
    systemMode: 0,
    cops: { mode: 0, savedMode: 0, format: 2 },
    ctzu: 1,
    bands: { ...profile.network.bandMask },
    edrx: { mode: 0 },
    cpol: { format: 2, entries: profile.network.preferredOperators.map((p) => ({ plmn: p.plmn, ...(p.act ? { act: [...p.act] as PreferredOperator['act'] } : {}) })) },
    rtc: { offsetMs: 0 },
  }),
  nvram: {
    save: (n): SavedNetwork => ({
      cops: { mode: n.cops.savedMode, format: n.cops.format, plmn: n.cops.plmn },
      ctzu: n.ctzu,
      bands: { ...n.bands },
      edrx: { mode: n.edrx.mode, requested: n.edrx.requested },
      cpol: { format: n.cpol.format, entries: n.cpol.entries.map((e) => e ?? null) },
      rtc: { offsetMs: n.rtc.offsetMs, zone: n.rtc.zone },
    }),
    load: (n, data) => {
      const d = data as SavedNetwork;
      if (d.cops) {
        if (d.cops.mode === 0 || d.cops.mode === 1 || d.cops.mode === 4) n.cops.mode = n.cops.savedMode = d.cops.mode;
        if (d.cops.format === 0 || d.cops.format === 1 || d.cops.format === 2) n.cops.format = d.cops.format;
        if (typeof d.cops.plmn === 'string') n.cops.plmn = d.cops.plmn;
      }
      if (d.ctzu === 0 || d.ctzu === 1 || d.ctzu === 3) n.ctzu = d.ctzu;
      if (d.bands && typeof d.bands.lte === 'string' && isInt(d.bands.ext)) n.bands = { lte: d.bands.lte, ext: d.bands.ext };
      if (d.edrx && isInt(d.edrx.mode)) {
        n.edrx.mode = d.edrx.mode;
        if (typeof d.edrx.requested === 'string') n.edrx.requested = d.edrx.requested;
      }
      if (d.cpol && Array.isArray(d.cpol.entries)) {
        if (d.cpol.format === 0 || d.cpol.format === 1 || d.cpol.format === 2) n.cpol.format = d.cpol.format;
        n.cpol.entries = (d.cpol.entries as unknown[]).map((e) => {
          const x = e as { plmn?: unknown; act?: unknown } | null;
          if (!x || typeof x.plmn !== 'string') return undefined;
          return Array.isArray(x.act) && x.act.length === 4 ? { plmn: x.plmn, act: x.act.map(Number) as PreferredOperator['act'] } : { plmn: x.plmn };
        });
      }
      if (d.rtc) {
        if (typeof d.rtc.offsetMs === 'number' && Number.isFinite(d.rtc.offsetMs)) n.rtc.offsetMs = d.rtc.offsetMs;
        if (isInt(d.rtc.zone)) n.rtc.zone = d.rtc.zone;
      }
    },
  },
  // The registration state machine (simulator/network/radio.ts).
  react: reactRadio,
});

/** Whether +CFUN leaves the RF on: 1 full, 5 factory test ("the 5 and 1 have the same function"). */
export function radioOn(network: NetworkState): boolean {
  return network.functionality === 1 || network.functionality === 5;
}

/** Whether the module can use the network now: full functionality and registered (home or roaming). */
export function registeredForService(network: NetworkState): boolean {
  return radioOn(network) && (network.eps === 1 || network.eps === 5 || network.cs === 1 || network.cs === 5);
}

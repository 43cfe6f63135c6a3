// What makes one module's SMS subsystem differ from another's, as profile data
// (`profile.extensions.sms`): the message memories and their sizes, the factory settings, how
// indexes are numbered and how an empty <alpha> is printed. The SIM767XX values are the
// manual's; the Quectel EG25-G and ZTE MF190 overlays (profiles/) change them.
//
// SIM767XX capacities, from the manual's §7.2.2 examples: `AT+CPMS?` shows "ME",0,10 and
// `AT+CPMS="SM","SM","SM"` answers 3,50 — so "ME" (module flash) holds 10 messages and "SM"
// (the SIM) 50. Indexes "start with zero" (§7.2.10 <index>).

import type { Profile } from '../profiles/profile.js';

export interface SmsMemoryDefinition {
  /** As +CPMS shows it: "ME", "SM", "MT", "SR". */
  name: string;
  /** Message locations; ignored for a composite memory. */
  capacity: number;
  /**
   * A composite memory ("MT" of 27.005: all ME-associated storages) is a view over others,
   * indexes running through its parts in order.
   */
  parts?: string[];
}

export interface SmsProfile {
  memories: SmsMemoryDefinition[];
  /** Which memories each +CPMS slot accepts (27.005 <mem1>, <mem2>, <mem3>). */
  mem1: string[];
  mem2: string[];
  mem3: string[];
  /** The first index of a memory (0 on SIMCom and Quectel, 1 on many older modules). */
  firstIndex: number;
  /** Where stored status reports go (Quectel "SR"); default: <mem3>. */
  statusReportMemory?: string;
  /** How an absent <alpha> is printed: nothing (`,,`) or an empty string (`,"",`). */
  alphaInListings: 'empty' | 'quoted';
  alphaInCmt: 'empty' | 'quoted';
  factory: {
    /** +CPMS factory memories (the execute form restores them). */
    cpms: [string, string, string];
    /** +CNMI factory <mode>,<mt>,<bm>,<ds>,<bfr>. */
    cnmi: [number, number, number, number, number];
    /** +CSCA as the SIM delivers it. */
    sca: { number: string; toa: number };
    cmgf: 0 | 1;
  };
  /** The SIM's own number (MSISDN), the originating address of what this modem sends. */
  ownNumber: string;
  /** Time zone of SMSC time stamps, quarter hours from UTC (the manual's examples show +32). */
  timeZoneQuarters: number;
  /** Virtual milliseconds a SUBMIT takes to be acknowledged by the network. */
  submitDelayMs: number;
  /** How long the module waits for +CNMA after +CMT/+CDS with +CSMS=1 (27.005 §3.4.4: network timeout). */
  cnmaTimeoutMs: number;
}

export const SIM767XX_SMS: SmsProfile = {
  memories: [
    { name: 'ME', capacity: 10 },
    { name: 'SM', capacity: 50 },
  ],
  mem1: ['ME', 'SM'],
  mem2: ['ME', 'SM'],
  mem3: ['ME', 'SM'],
  firstIndex: 0,
  // §7.2.11/§7.2.18 examples print `"+10011",,145` and `"+8613917787249",,"06/07/10...`; the
  // +CMT example of §7.2.8 prints `"1380022xxxx","","02/04/03..."`.
  alphaInListings: 'empty',
  alphaInCmt: 'quoted',
  factory: {
    cpms: ['SM', 'SM', 'SM'], // §7.2.2 execute form: "Set default value (<mem1>="SM",<mem2>="SM",<mem3>="SM")"
    cnmi: [2, 1, 0, 0, 0], // §7.2.9 example `AT+CNMI?` on a fresh module
    sca: { number: '+8613800100500', toa: 145 }, // the <sca> of the §7.2.11 example
    cmgf: 0, // §7.2.3: 0 underlined
  },
  ownNumber: '+8613012345678',
  timeZoneQuarters: 32,
  submitDelayMs: 1500,
  cnmaTimeoutMs: 15_000,
};

/** The SMS data of a profile (SIM767XX values where the profile gives none). */
export function smsProfile(profile: Profile): SmsProfile {
  const own = profile.extensions['sms'] as Partial<SmsProfile> | undefined;
  return own ? { ...SIM767XX_SMS, ...own, factory: { ...SIM767XX_SMS.factory, ...(own.factory ?? {}) } } : SIM767XX_SMS;
}

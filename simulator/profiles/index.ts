// Profiles by name, for the CLI's --profile and the conformance kit's capabilities.

import { ModemSimError } from '../core/errors.js';
import { overlayProfile, type Profile } from './profile.js';
import { SIM767XX } from './sim767xx.js';
import { QUECTEL_EG25G } from './quectel-eg25g.js';
import { ZTE_MF190 } from './zte-mf190.js';

/** The Qualcomm-based SIM7600: same AT dialect, different boot URCs and identity. */
const SIM7600 = overlayProfile(SIM767XX, {
  name: 'sim7600',
  description: 'SIMCom SIM7600 (overlay: identity and boot sequence)',
  identity: { model: 'SIMCOM_SIM7600E-H', revision: 'SIM7600M22_V2.0' },
  boot: {
    urcs: [
      { text: 'RDY', afterMs: 1500 },
      { text: '+CPIN: READY', afterMs: 2000 },
      { text: 'SMS DONE', afterMs: 3500, simReady: true },
      { text: 'PB DONE', afterMs: 4000, simReady: true },
    ],
  },
});

/**
 * A deliberately broken profile for the conformance kit's fault demonstration: it drops the
 * space after the `>` prompt, as a buggy firmware would. Never use it for anything else.
 */
const BROKEN_PROMPT = overlayProfile(SIM767XX, {
  name: 'broken-prompt',
  description: 'FAULT DEMO: SIM767XX whose data prompt lacks the space after ">"',
  quirks: { promptText: '>' },
});

/**
 * A second fault for the conformance kit's demonstration: factory settings with the echo off,
 * so AT&F leaves the module silent where the manual's factory value (ATE1, §2.2.6) echoes.
 * Never use it for anything else.
 */
const BROKEN_FACTORY_ECHO = overlayProfile(SIM767XX, {
  name: 'broken-factory-echo',
  description: 'FAULT DEMO: SIM767XX whose factory default is ATE0 instead of ATE1',
  v250: { echo: false },
});

const PROFILES: ReadonlyMap<string, Profile> = new Map(
  [SIM767XX, SIM7600, BROKEN_PROMPT, BROKEN_FACTORY_ECHO, QUECTEL_EG25G, ZTE_MF190].map((p) => [p.name, p]),
);

export function profileNames(): string[] {
  return [...PROFILES.keys()];
}

/** The named profile; throws a ModemSimError (code UNKNOWN_PROFILE) listing the names. */
export function getProfile(name: string): Profile {
  const p = PROFILES.get(name.toLowerCase());
  if (!p) {
    throw new ModemSimError('UNKNOWN_PROFILE', `unknown profile "${name}"; known: ${profileNames().join(', ')}`);
  }
  return p;
}

export { SIM767XX, overlayProfile };
export type { Profile };

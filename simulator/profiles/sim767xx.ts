// The default profile: the SIMCom SIM767XX of the AT Command Manual v1.06.
//
// Identity values are the manual's own examples: "SIMCOM INCORPORATED" (§2.2.13),
// "SIM767XX-XXXX" (§2.2.14), "2348B01SIM767XM5A" (§2.2.15), IMEI 351602000330570 (§2.2.16).
//
// Boot sequence: the manual does not print one. The SIM767XX family runs SIMCom's Cat-1
// firmware shared with the A7670 (revision strings "SIM767XM5", "A7670M4"); field captures of
// that firmware show, after power-on:
//     *ATREADY: 1
//     +CPIN: READY
//     SMS DONE
// (LilyGO LilyGo-Modem-Series issue #247, an A7670E log; issue #463 names a SIM7670G on
// revision 2374B05SIM767XM5A_M). The Qualcomm SIM7600 prints RDY / +CPIN: READY / SMS DONE /
// PB DONE instead (LilyGO T-SIM7600X PR #41); that is the sim7600 overlay. Real modules take
// 5-15 s to print the first line; the default here is shortened to keep interactive use
// pleasant, and --instant removes it.
//
// +CMEE factory value: the manual underlines none; its AT&V example and its AT+CMEE? example
// both show 2, so 2 it is. AT&C and AT&D: §8.2.1-8.2.2 underline no value either; the AT&V
// example (§2.2.7) shows "&C: 1; &D: 0", so those are the factory values.

import type { Profile } from './profile.js';
import { SIM767XX_FILE_SYSTEM } from '../fs/profile.js';
import { SIM767XX_NETWORK } from '../network/profile-sim767xx.js';

export const SIM767XX: Profile = {
  name: 'sim767xx',
  description: 'SIMCom SIM767XX (AT Command Manual v1.06)',
  identity: {
    manufacturer: 'SIMCOM INCORPORATED',
    model: 'SIM767XX-XXXX',
    revision: '2348B01SIM767XM5A',
    imei: '351602000330570',
  },
  // ICCID and IMSI from the manual's examples (§6.2.1, §6.2.5); PIN/PUK are the usual
  // test-SIM values. The PIN is not enabled, as on most IoT SIMs.
  sim: {
    iccid: '89860318760238610932',
    imsi: '460010222028133',
    spn: 'CMCC',
    pin: '1234',
    puk: '12345678',
    pin2: '4321',
    puk2: '87654321',
    pinEnabled: false,
  },
  boot: {
    readyAfterMs: 1500,
    urcs: [
      { text: '*ATREADY: 1', afterMs: 1500 },
      { text: '+CPIN: READY', afterMs: 2000 },
      { text: 'SMS DONE', afterMs: 3500, simReady: true },
    ],
    resetDelayMs: 1000,
  },
  // The manual's example values (§9.2.8 +CBC: 3.749V, §9.2.9 +CPMUTEMP: 15, §9.2.2-9.2.3
  // +CADC: 908 / +CADC2: 904, §9.2.10 GPIO list). The detect level matches the manual's
  // AT+UIMHOTSWAPLEVEL default (0, active low).
  hardware: {
    supplyMv: 3749,
    temperatureC: 15,
    adcMv: [908, 904],
    gpios: [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    simDetectLevel: 0,
  },
  v250: {
    echo: true,
    verbose: true,
    quiet: false,
    cmee: 2,
    charset: 'IRA',
    ampC: 1,
    ampD: 0,
  },
  quirks: {
    promptText: '> ',
  },
  fileSystem: SIM767XX_FILE_SYSTEM,
  network: SIM767XX_NETWORK,
  extensions: {},
};

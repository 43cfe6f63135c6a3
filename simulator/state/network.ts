// The radio side of the module as other subsystems see it: phone functionality (+CFUN, manual
// §3.2.1) and registration (27.007 <stat>, §4.2.1 / §5.2.1-5.2.2). The network subsystem owns
// and drives this slice (registration state machine, operator, RAT, signal); others only ask
// `registeredForService` before using the network (SMS, packet data, calls).

import { defineSlice } from './modem-state.js';

/** 27.007 §7.2 <stat>: 0 not registered/not searching, 1 home, 2 searching, 3 denied, 4 unknown, 5 roaming. */
export type RegistrationStat = 0 | 1 | 2 | 3 | 4 | 5;

export interface NetworkState {
  /** +CFUN <fun>: 0 minimum, 1 full, 4 flight mode (manual §3.2.1). */
  functionality: number;
  /** EPS (LTE) registration, what +CEREG reports. */
  eps: RegistrationStat;
  /** Circuit-switched view (+CREG) and packet-switched view (+CGREG). */
  cs: RegistrationStat;
  ps: RegistrationStat;
}

declare module './modem-state.js' {
  interface ModemState {
    network: NetworkState;
  }
}

export const networkSlice = defineSlice({
  key: 'network',
  // Registered on the home network at power-on; the network subsystem replaces this with its
  // state machine (searching → registered after the manual's delays).
  create: () => ({ functionality: 1, eps: 1, cs: 1, ps: 1 }),
});

/** Whether the module can use the network now: full functionality and registered (home or roaming). */
export function registeredForService(network: NetworkState): boolean {
  return network.functionality === 1 && (network.eps === 1 || network.eps === 5 || network.cs === 1 || network.cs === 5);
}

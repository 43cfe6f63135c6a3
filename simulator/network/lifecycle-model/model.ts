// The model of the registration and PDP context lifecycle that the model-based test checks the
// simulator against — deliberately small and written from the manual and 27.007, not from the
// simulator's code:
//
//   registered  needs +CFUN=1, +CGATT=1 (not detached) and a cell; the search takes a few
//               seconds ("wait" lets it finish); out of coverage the module reports 4 and keeps
//               its contexts; +CFUN=0/4 and +CGATT=0 deregister (0) and drop every context
//   attach      a fresh attach activates context 1 (the EPS default bearer) if it is defined
//   +CGACT=1,c  needs c defined (521), the RF on (55) and a network (30 after the 45 s wait);
//               attaches first when detached; +CGACT=0,c deactivates
//   +CGDCONT    defines; undefining an active context is refused (515)

import { expect } from 'vitest';
import type { ModemControl } from '../../control/control.js';
import type { ModemHarness } from '../../testing/harness.js';

export type Registration = 'off' | 'searching' | 'registered' | 'no-coverage';

export interface LifecycleModel {
  fun: 0 | 1 | 4;
  attachWanted: boolean;
  coverage: boolean;
  registration: Registration;
  defined: Set<number>;
  active: Set<number>;
}

export interface Real {
  h: ModemHarness;
  control: ModemControl;
}

export function initialModel(): LifecycleModel {
  return { fun: 1, attachWanted: true, coverage: true, registration: 'registered', defined: new Set([1]), active: new Set([1]) };
}

/** Where the registration goes after a change (without time passing). */
export function settle(m: LifecycleModel): void {
  if (m.fun !== 1 || !m.attachWanted) {
    m.registration = 'off';
    m.active.clear();
    return;
  }
  if (!m.coverage) {
    if (m.registration === 'registered' || m.registration === 'searching') m.registration = 'no-coverage';
    else if (m.registration === 'off') m.registration = 'no-coverage';
    return;
  }
  if (m.registration !== 'registered') m.registration = 'searching';
}

/** The search completes (time passed). */
export function completeSearch(m: LifecycleModel): void {
  if (m.registration !== 'searching') return;
  m.registration = 'registered';
  if (m.active.size === 0 && m.defined.has(1)) m.active.add(1);
}

const STAT: Record<Registration, number> = { off: 0, searching: 2, registered: 1, 'no-coverage': 4 };

/** Compares the module's answers with the model. */
export async function expectSame(m: LifecycleModel, real: Real): Promise<void> {
  const cgact = [...m.defined].sort((a, b) => a - b).map((cid) => `+CGACT: ${cid},${m.active.has(cid) ? 1 : 0}\r\n`).join('');
  const want = `\r\n+CEREG: 0,${STAT[m.registration]}\r\n\r\n+CGATT: ${m.registration === 'registered' ? 1 : 0}\r\n${cgact ? '\r\n' + cgact : ''}\r\nOK\r\n`;
  expect(await real.h.command('AT+CEREG?;+CGATT?;+CGACT?')).toBe(want);
}

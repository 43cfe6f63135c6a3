// SIM767XX §3.2.9 AT+CPAS Phone activity status (3GPP TS 27.007 §8.1).
//
//   AT+CPAS   +CPAS: <pas>   0 ready, 3 ringing, 4 call in progress (the manual's values)
//
// The activity comes from the subsystems that have it: each adds a source to
// PHONE_ACTIVITY_SOURCES (the voice call handling reports 3 while an incoming call rings and 4
// while a call is up). With none active, the module is ready: 0.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import type { ModemState } from '../../state/modem-state.js';

/** What a subsystem reports: 3 ringing, 4 a call in progress, undefined nothing. */
export type PhoneActivitySource = (state: ModemState) => 3 | 4 | undefined;

/** Sources in priority order (a call in progress outranks ringing); subsystems add theirs here. */
export const PHONE_ACTIVITY_SOURCES: readonly PhoneActivitySource[] = [];

export function phoneActivity(state: ModemState): 0 | 3 | 4 {
  const reported = PHONE_ACTIVITY_SOURCES.map((s) => s(state)).filter((v): v is 3 | 4 => v !== undefined);
  if (reported.includes(4)) return 4;
  if (reported.includes(3)) return 3;
  return 0;
}

export const cpas: CommandHandler = {
  name: '+CPAS',
  exec: (ctx) => reply(OK, [`+CPAS: ${phoneActivity(ctx.state)}`]),
};

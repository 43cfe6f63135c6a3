// SIM767XX §6.2.10 AT+CSPN Get service provider name from SIM.
//
//   AT+CSPN?   +CSPN: <spn>,<display mode>   from EF_SPN (TS 31.102 §4.2.12): the name in the
//                                           GSM default alphabet, <display mode> its bit 1
//              OK alone                      when the card names no provider (response 2)
//
// <spn> is a string in the TE character set of AT+CSCS: "UCS2" prints it as UCS2 hex (27.007
// §5.5). Needs the SIM ready: the module reads EF_SPN once the USIM application runs.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { readSpn } from '../../state/sim-card.js';
import { simUnavailable } from '../../state/sim.js';

function teString(text: string, charset: string): string {
  if (charset !== 'UCS2') return text;
  return [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()).join('');
}

export const cspn: CommandHandler = {
  name: '+CSPN',
  read: (ctx) => {
    const sim = ctx.state.sim;
    const unusable = simUnavailable(sim, true);
    if (unusable) return reply(unusable);
    const spn = readSpn(sim.uicc!);
    if (!spn) return reply(OK);
    return reply(OK, [`+CSPN: "${teString(spn.name, ctx.state.v250.charset)}",${spn.displayMode}`]);
  },
};

// SIM767XX §4.2.3 AT+CPOL Preferred operator list (the SIM's EF_PLMNwAcT; needs the SIM).
//
// Read: one "+CPOL: <index>,<format>,<oper>[,<gsm>,<gsm_compact>,<utran>,<lte>]" per entry, the
// operator in the format last given (numeric at the factory, as the manual's example).
// Write: <index> alone deletes the entry; with <format>,<oper> it writes it, with the four access
// technology flags or none; <format> alone changes the read format and, without <index>, <oper>
// goes to the first free entry (27.007 §7.19). Indices beyond the SIM's list: +CME ERROR:
// invalid index; an alphanumeric <oper> the ME cannot name: +CME ERROR: not found.
//
// Deviation: the manual notes "If using USIM card, the last four parameters must set", but its
// own example writes AT+CPOL=1,2,"46001" without them; both are accepted. AUTO_SAVE (manual's
// saving-mode row), kept in NVRAM here.

import { reply, type CommandHandler } from '../../core/handler.js';
import { cme, CME, ERROR, OK } from '../../core/result.js';
import { operatorName, plmnOfName } from '../../network/operators.js';
import { networkWorld } from '../../network/world.js';
import { simUnavailable } from '../../state/sim.js';
import { parseArgs } from './args.js';

const FLAG = { kind: 'int', optional: true, values: [0, 1] } as const;

export const cpol: CommandHandler = {
  name: '+CPOL',
  argumentCheck: 'own',
  read: (ctx) => {
    const blocked = simUnavailable(ctx.state.sim, true);
    if (blocked) return reply(blocked);
    const { format, entries } = ctx.state.network.cpol;
    const world = networkWorld(ctx.modem);
    const lines: string[] = [];
    entries.forEach((e, i) => {
      if (!e) return;
      const oper = operatorName(ctx.modem.profile, world, e.plmn, format);
      lines.push(`+CPOL: ${i + 1},${format},"${oper}"${e.act ? ',' + e.act.join(',') : ''}`);
    });
    return reply(OK, lines);
  },
  write: (ctx) => {
    const parsed = parseArgs(ctx.argText, [
      { name: 'index', kind: 'int', optional: true, min: 1 },
      { name: 'format', kind: 'int', optional: true, values: [0, 1, 2] },
      { name: 'oper', kind: 'string', optional: true },
      { name: 'gsm_act', ...FLAG },
      { name: 'gsm_compact_act', ...FLAG },
      { name: 'utran_act', ...FLAG },
      { name: 'lte_act', ...FLAG },
    ]);
    if (!parsed.ok) return reply(ERROR);
    const [index, format, oper, ...acts] = parsed.values as [number | undefined, number | undefined, string | undefined, ...Array<number | undefined>];
    const given = acts.filter((a) => a !== undefined).length;
    if (given !== 0 && given !== 4) return reply(ERROR);
    if (index === undefined && format === undefined) return reply(ERROR);
    if (oper !== undefined && format === undefined) return reply(ERROR);
    const blocked = simUnavailable(ctx.state.sim, true);
    if (blocked) return reply(blocked);
    const cpolState = ctx.state.network.cpol;
    const slots = ctx.modem.profile.network.preferredOperatorSlots;
    if (index !== undefined && index > slots) return reply(cme(CME.INVALID_INDEX));
    if (format !== undefined) cpolState.format = format as 0 | 1 | 2;
    if (oper === undefined) {
      if (index !== undefined) cpolState.entries[index - 1] = undefined;
      trim(cpolState.entries);
      return reply(OK);
    }
    const plmn = format === 2 ? (/^\d{5,6}$/.test(oper) ? oper : undefined) : plmnOfName(ctx.modem.profile, networkWorld(ctx.modem), oper);
    if (plmn === undefined) return reply(cme(CME.NOT_FOUND));
    let slot = index !== undefined ? index - 1 : -1;
    if (slot < 0) {
      for (let i = 0; i < slots; i++) if (!cpolState.entries[i]) { slot = i; break; }
      if (slot < 0) return reply(cme(CME.MEMORY_FULL));
    }
    while (cpolState.entries.length < slot) cpolState.entries.push(undefined);
    cpolState.entries[slot] = given === 4 ? { plmn, act: acts as [number, number, number, number] } : { plmn };
    return reply(OK);
  },
};

function trim(entries: Array<unknown>): void {
  while (entries.length > 0 && entries[entries.length - 1] === undefined) entries.pop();
}

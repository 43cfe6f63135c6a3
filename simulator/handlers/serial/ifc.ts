// SIM767XX §8.2.6 AT+IFC Set local data flow control. <dce> 2: the module stops sending while
// the DTE holds RTS off (its output is held, nothing is lost); <dte> 2: the module drives CTS
// for the DTE's output (it never runs short of buffer here, so CTS stays on). 0: none. AT+IFC
// alone restores 0,0. AT&W stores the setting (§2.2.11). Applies after the final result code.
// An omitted <dte> keeps the current value (manual §1.4).
//
// The manual's read example prints "+ICF: 0,0" for AT+IFC? — a typo against its own response
// syntax "+IFC: <dce>,<dte>", which is what is printed here.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import type { FlowControl } from '../../state/serial.js';

const applyLine = { type: 'uart', action: 'apply-line' } as const;

export const ifc: CommandHandler = {
  name: '+IFC',
  read: (ctx) => reply(OK, [`+IFC: ${ctx.state.serial.dceFlow},${ctx.state.serial.dteFlow}`]),
  write: (ctx) => {
    const s = ctx.state.serial;
    s.dceFlow = Number(ctx.args[0]) as FlowControl;
    if (ctx.args[1] !== undefined) s.dteFlow = Number(ctx.args[1]) as FlowControl;
    return reply(OK, [], [applyLine]);
  },
  exec: (ctx) => {
    ctx.state.serial.dceFlow = 0;
    ctx.state.serial.dteFlow = 0;
    return reply(OK, [], [applyLine]);
  },
};

// SIM767XX §2.2.5 ATI, §2.2.13 AT+CGMI, §2.2.14 AT+CGMM, §2.2.15 AT+CGMR, §2.2.16 AT+CGSN:
// the module's identity, in the manual's formats:
//   ATI      Manufacturer: <manufacturer> / Model: <model> / Revision: <revision> / IMEI: <sn>
//   +CGMI    <manufacturer>          +CGMM  <model>
//   +CGMR    +CGMR: <revision>       +CGSN  <sn>

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';

export const ati: CommandHandler = {
  name: 'I',
  exec: (ctx) => {
    const id = ctx.state.identity;
    return reply(OK, [`Manufacturer: ${id.manufacturer}`, `Model: ${id.model}`, `Revision: ${id.revision}`, `IMEI: ${id.imei}`]);
  },
};

export const cgmi: CommandHandler = {
  name: '+CGMI',
  exec: (ctx) => reply(OK, [ctx.state.identity.manufacturer]),
};

export const cgmm: CommandHandler = {
  name: '+CGMM',
  exec: (ctx) => reply(OK, [ctx.state.identity.model]),
};

export const cgmr: CommandHandler = {
  name: '+CGMR',
  exec: (ctx) => reply(OK, [`+CGMR: ${ctx.state.identity.revision}`]),
};

export const cgsn: CommandHandler = {
  name: '+CGSN',
  exec: (ctx) => reply(OK, [ctx.state.identity.imei]),
};

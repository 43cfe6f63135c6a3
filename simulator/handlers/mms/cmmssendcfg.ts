// SIM767XX §24.2.3 AT+CMMSSENDCFG Set the parameters for sending MMS.
//
//   AT+CMMSSENDCFG=<valid>,<pri>,<sendrep>,<readrep>,<visible>,<class>   OK
//   AT+CMMSSENDCFG?   +CMMSSENDCFG: <valid>,<pri>,<sendrep>,<readrep>,<visible>,<class>
//
// The values go into the header of every MMS sent after (simulator/mms/compose.ts says how);
// the defaults are the underlined ones: 6,3,0,0,2,4. Not saved: power-on restores them.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';

export const cmmssendcfg: CommandHandler = {
  name: '+CMMSSENDCFG',
  read: (ctx) => {
    const c = ctx.state.mms.sendConfig;
    return reply(OK, [`+CMMSSENDCFG: ${c.valid},${c.priority},${c.sendReport},${c.readReport},${c.visible},${c.messageClass}`]);
  },
  write: (ctx) => {
    const [valid, priority, sendReport, readReport, visible, messageClass] = ctx.args.map(Number) as [number, number, number, number, number, number];
    ctx.state.mms.sendConfig = { valid, priority, sendReport, readReport, visible, messageClass };
    return reply(OK);
  },
};

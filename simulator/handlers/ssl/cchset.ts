// SIM767XX §17.2.5 AT+CCHSET Configure the report mode of sending and receiving data.
//
// AT+CCHSET=<report_send_result>[,<recv_mode>]: 1 makes AT+CCHSEND report
// "+CCHSEND: <session_id>,<err>" when the data is sent; <recv_mode> 0 pushes received data as
// "+CCHRECV: DATA,<session_id>,<len>" blocks, 1 caches it for AT+CCHRECV and announces it with
// "+CCHEVENT: <session_id>,RECV EVENT" (simulator/cch/runtime.ts). Omitted <recv_mode>: kept.
// "It must be called before AT+CCHSTART": while the service is started (or starting) the write
// form answers ERROR and the modes stay as the service started with (our reading of "must").
// AT+CCHSET? "+CCHSET: <report_send_result>,<recv_mode>".

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { serviceRunning } from '../../state/cch.js';

export const cchset: CommandHandler = {
  name: '+CCHSET',
  read: (ctx) => reply(OK, [`+CCHSET: ${ctx.state.cch.reportSendResult},${ctx.state.cch.recvMode}`]),
  write: (ctx) => {
    const c = ctx.state.cch;
    if (serviceRunning(c)) return reply(ERROR);
    c.reportSendResult = ctx.arg('report_send_result') as number;
    const recvMode = ctx.arg('recv_mode') as number | undefined;
    if (recvMode !== undefined) c.recvMode = recvMode;
    return reply(OK);
  },
};

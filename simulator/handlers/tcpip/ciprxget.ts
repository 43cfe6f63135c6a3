// SIM767XX §13.2.5 AT+CIPRXGET Set the Mode to Retrieve Data.
//
// AT+CIPRXGET=<mode> 0 pushes received data as URCs (default), 1 buffers it per link and reports
// "+CIPRXGET: 1,<link_num>" when data arrives to an empty buffer (simulator/tcpip/links.ts).
// Reading (buffered mode): AT+CIPRXGET=2,<link>[,<len>] returns up to <len> (default and most
// 1500) bytes as they are, =3 up to <len> (default and most 750) bytes as hex:
//     +CIPRXGET: <mode>,<link_num>,<read_len>,<rest_len>
//     <data>
// =4,<link> the length buffered: "+CIPRXGET: 4,<link_num>,<rest_len>". An empty buffer:
// "+IP ERROR: No data" ERROR. Modes 2-4 in push mode, or a <len> of 0, or mode 2-4 without a
// link: "+IP ERROR: Invalid parameter" / "Operation not supported". Buffered data stays readable
// after the peer closed, until the link is opened again or AT+NETCLOSE.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { ERR_INFO } from '../../tcpip/errors.js';
import { bufferedLength, takeBuffered } from '../../tcpip/links.js';
import { ipErrorReply } from './common.js';

const MAX_READ = { 2: 1500, 3: 750 } as const;

export const ciprxget: CommandHandler = {
  name: '+CIPRXGET',
  read: (ctx) => reply(OK, [`+CIPRXGET: ${ctx.state.tcpip.rxMode}`]),
  write: (ctx) => {
    const mode = Number(ctx.args[0]);
    const t = ctx.state.tcpip;
    const n = ctx.arg('link_num') as number | undefined;
    if (mode === 0 || mode === 1) {
      if (n !== undefined) return ipErrorReply(ctx, ERR_INFO.INVALID_PARAMETER);
      t.rxMode = mode;
      return reply(OK);
    }
    if (n === undefined) return ipErrorReply(ctx, ERR_INFO.INVALID_PARAMETER);
    if (t.rxMode !== 1) return ipErrorReply(ctx, ERR_INFO.NOT_SUPPORTED);
    const rest = bufferedLength(ctx.state, n);
    if (mode === 4) return reply(OK, [`+CIPRXGET: 4,${n},${rest}`]);
    const max = MAX_READ[mode as 2 | 3];
    const len = (ctx.arg('len') as number | undefined) ?? max;
    if (len < 1) return ipErrorReply(ctx, ERR_INFO.INVALID_PARAMETER);
    if (rest === 0) return ipErrorReply(ctx, ERR_INFO.NO_DATA);
    const data = takeBuffered(ctx.state, n, Math.min(len, max));
    const text = mode === 2 ? data.toString('latin1') : data.toString('hex').toUpperCase();
    return reply(OK, [`+CIPRXGET: ${mode},${n},${data.length},${rest - data.length}`, text]);
  },
};

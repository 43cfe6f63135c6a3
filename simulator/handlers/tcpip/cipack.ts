// SIM767XX §13.2.16 AT+CIPACK Query TCP Connection Data Transmitting Status.
//
// AT+CIPACK=<link_num> on a TCP link: "+CIPACK: <sent_data_size>,<ack_data_size>,<recv_data_size>",
// real byte counts of the link's socket: sent (taken from the DTE and given to the stack), acked
// (flushed by the host's stack; Node cannot see TCP ACKs, and on loopback the kernel acknowledges
// at once), received. Errors "+IP ERROR: <err_info>" ERROR: Network not opened; Connection is not
// created (the link is not connected); Operation not supported (a UDP link).

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { ERR_INFO } from '../../tcpip/errors.js';
import { socketsOf } from '../../tcpip/links.js';
import { ipErrorReply, linkService } from './common.js';

export const cipack: CommandHandler = {
  name: '+CIPACK',
  write: (ctx) => {
    const n = ctx.arg('link_num') as number;
    if (!linkService(ctx, n)) return ipErrorReply(ctx, ERR_INFO.NETWORK_NOT_OPENED);
    const link = ctx.state.tcpip.links[n]!.lifecycle;
    if (!link || link.status !== 'open') return ipErrorReply(ctx, ERR_INFO.CONNECTION_NOT_CREATED);
    const conn = socketsOf(ctx.modem).links[n]?.tcp;
    if (link.type !== 'TCP' || !conn) return ipErrorReply(ctx, ERR_INFO.NOT_SUPPORTED);
    return reply(OK, [`+CIPACK: ${conn.bytesSent},${conn.bytesAcked},${conn.bytesReceived}`]);
  },
};

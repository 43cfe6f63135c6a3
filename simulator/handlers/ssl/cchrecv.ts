// SIM767XX §17.2.15 AT+CCHRECV Read the cached data that received from the server.
//
// Manual receive mode (AT+CCHSET=<x>,1): AT+CCHRECV=<session_id>[,<max_recv_len>] reads up to
// <max_recv_len> bytes (1-2048; 0, the default, all of them) of what the session cached: OK,
// then the data in blocks "+CCHRECV: DATA,<session_id>,<len>" + data (at most 1024 bytes each,
// as the manual's example reads 3072 bytes; framed like URCs), then "+CCHRECV: <session_id>,0".
// The cache stays readable after the server closed the connection (§17.2.15 note). "It will be
// not allowed when there is no data in the cache": "+CCHRECV: <session_id>,11" then ERROR
// (case 2; 11 "State error" is our choice of code: the manual names none), also in direct push
// mode, where nothing is cached.
// AT+CCHRECV? "+CCHRECV: LEN,<cache_len_0>,<cache_len_1>".

import { reply, urcEffect, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { CCH_ERR } from '../../cch/errors.js';
import { dataBlocks, takeCached } from '../../cch/runtime.js';
import { cachedLength } from '../../state/cch.js';

export const cchrecv: CommandHandler = {
  name: '+CCHRECV',
  read: (ctx) => reply(OK, [`+CCHRECV: LEN,${cachedLength(ctx.state.cch, 0)},${cachedLength(ctx.state.cch, 1)}`]),
  write: (ctx) => {
    const n = ctx.arg('session_id') as number;
    const max = (ctx.arg('max_recv_len') as number | undefined) ?? 0;
    const c = ctx.state.cch;
    if (c.recvMode !== 1 || cachedLength(c, n) === 0) return reply(ERROR, [`+CCHRECV: ${n},${CCH_ERR.STATE}`]);
    const data = takeCached(ctx.state, n, max);
    return reply(OK, [], [...dataBlocks(n, data).map((block) => urcEffect(block)), urcEffect(`+CCHRECV: ${n},${CCH_ERR.OK}`)]);
  },
};

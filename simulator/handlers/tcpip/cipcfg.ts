// SIM767XX §13.2.13 AT+CIPCFG Configure the TCP/IP Context.
//
// AT+CIPCFG="transwaittm",<transwaittime>: how long (5-1000 ms, default 10) transparent mode packs
// the DTE's bytes before sending them. AT+CIPCFG="CID"[,<cid>]: the context of every link;
// without <cid> it answers the context of the first link, "+CIPCFG: "CID",<cid>".
// AT+CIPCFG="SCID"[,<link_num>[,<cid>]]: one link's context; without <cid> it answers
// "+CIPCFG: "SCID",<link_num>,<cid>" for that link, without <link_num> for each link.
// AT+CIPCFG? "+CIPCFG: "transwaittm",<transwaittime>". A link uses its context when it opens
// (AT+CIPOPEN); a <cid> outside 1-15: ERROR. NO_SAVE.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { MAX_CID, MIN_CID } from '../../state/packet.js';

const validCid = (cid: number) => cid >= MIN_CID && cid <= MAX_CID;

export const cipcfg: CommandHandler = {
  name: '+CIPCFG',
  read: (ctx) => reply(OK, [`+CIPCFG: "transwaittm",${ctx.state.tcpip.transWaitMs}`]),
  write: (ctx) => {
    const t = ctx.state.tcpip;
    const keyword = String(ctx.args[0]).toUpperCase();
    if (keyword === 'TRANSWAITTM') {
      t.transWaitMs = ctx.arg('transwaittime') as number;
      return reply(OK);
    }
    if (keyword === 'CID') {
      const cid = ctx.arg('cid') as number | undefined;
      if (cid === undefined) return reply(OK, [`+CIPCFG: "CID",${t.linkCids[0]}`]);
      if (!validCid(cid)) return reply(ERROR);
      t.linkCids = t.linkCids.map(() => cid);
      return reply(OK);
    }
    const n = ctx.arg('link_num') as number | undefined;
    const cid = ctx.arg('cid') as number | undefined;
    if (n === undefined) return reply(OK, t.linkCids.map((c, i) => `+CIPCFG: "SCID",${i},${c}`));
    if (cid === undefined) return reply(OK, [`+CIPCFG: "SCID",${n},${t.linkCids[n]}`]);
    if (!validCid(cid)) return reply(ERROR);
    t.linkCids[n] = cid;
    return reply(OK);
  },
};

// SIM767XX §12.2.3 AT+CHTPCFG Configure the HTP Context, §12.2.5 AT+CNTPCFG Configure the NTP
// Context: the PDP context (1-15, default 1) HTP and NTP use. AT+...="CID" answers
// "+CHTPCFG: "CID",<cid>" / "+CNTPCFG: "CID",<cid>" (the manual's AT+CNTPCFG example prints
// "+CHTPCFG:", a copy of §12.2.3's: the prefix follows the command here); AT+...="CID",<cid>
// sets it; a <cid> outside 1-15: ERROR. Saving mode not given: one power cycle.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { MAX_CID, MIN_CID } from '../../state/packet.js';

function contextConfig(name: '+CHTPCFG' | '+CNTPCFG', key: 'htpCid' | 'ntpCid'): CommandHandler {
  return {
    name,
    write: (ctx) => {
      const cid = ctx.arg('cid') as number | undefined;
      const ts = ctx.state.timeService;
      if (cid === undefined) return reply(OK, [`${name}: "CID",${ts[key]}`]);
      if (cid < MIN_CID || cid > MAX_CID) return reply(ERROR);
      ts[key] = cid;
      return reply(OK);
    },
  };
}

export const chtpcfg = contextConfig('+CHTPCFG', 'htpCid');
export const cntpcfg = contextConfig('+CNTPCFG', 'ntpCid');

// SIM767XX §5.2.11 AT+CGAUTH Set type of authentication for PDP-IP connections of GPRS.
//
// Write <cid>[,<auth_type>[,<passwd>[,<user>]]] — the manual's order, password before user
// (27.007 has user first; SIMCom's firmware takes the password first). <auth_type> 0 none,
// 1 PAP (needs <passwd> and <user>), 2 CHAP (needs <passwd>); 64 characters at most each.
// AT+CGAUTH=<cid> removes the authentication of <cid>. Read: +CGAUTH: <cid>,<auth_type>,<user>,
// <passwd> for every defined context. The credentials are checked by the network at activation
// when it asks for some (+CME ERROR: 149 "PDP authentication failure") and by the PPP endpoint.
// AUTO_SAVE. The execute form answers OK (manual); as the chapter's other execute forms it
// restores the default: no authentication for any context.
//
// The manual's read example prints `+CGAUTH: 1,0 ,"",""` (a space before the comma) while its
// AT&V example prints `+CGAUTH: 1,0,"",""`; the space is taken for an OCR artifact.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { CID_RULE, parseArgs } from '../network/args.js';

export const cgauth: CommandHandler = {
  name: '+CGAUTH',
  argumentCheck: 'own',
  read: (ctx) => {
    const p = ctx.state.packet;
    const cids = Object.keys(p.definitions).map(Number).sort((a, b) => a - b);
    return reply(
      OK,
      cids.map((cid) => {
        const a = p.auth[cid] ?? { type: 0, user: '', password: '' };
        return `+CGAUTH: ${cid},${a.type},"${a.user}","${a.password}"`;
      }),
    );
  },
  write: (ctx) => {
    const parsed = parseArgs(ctx.argText, [
      CID_RULE(),
      { name: 'auth_type', kind: 'int', optional: true, values: [0, 1, 2] },
      { name: 'passwd', kind: 'string', optional: true, maxLength: 64 },
      { name: 'user', kind: 'string', optional: true, maxLength: 64 },
    ]);
    if (!parsed.ok) return reply(ERROR);
    const [cid, type, passwd, user] = parsed.values as [number, number | undefined, string | undefined, string | undefined];
    const p = ctx.state.packet;
    if (type === undefined || type === 0) {
      delete p.auth[cid];
      return reply(OK);
    }
    if (passwd === undefined || (type === 1 && user === undefined)) return reply(ERROR);
    p.auth[cid] = { type: type as 1 | 2, user: user ?? '', password: passwd };
    return reply(OK);
  },
  exec: (ctx) => {
    ctx.state.packet.auth = {};
    return reply(OK);
  },
};

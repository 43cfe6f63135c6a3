// SIM767XX §13.2.8 AT+CIPHEAD Add an IP Header When Receiving Data, and §13.2.9 AT+CIPSRIP Show
// Remote IP Address and Port: how pushed data is introduced (simulator/tcpip/links.ts):
// "RECV FROM:<ip>:<port>" (+CIPSRIP=1) and "+IPD<len>" (+CIPHEAD=1; +RECEIVE,<link>,<len> per
// AT+CIPCCFG <headerType>). Both default to 1: the read examples answer 1 and the execute forms
// "Set default value: (<mode>=1)". NO_SAVE.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import type { TcpipState } from '../../state/tcpip.js';

function modeSetting(name: '+CIPHEAD' | '+CIPSRIP', key: 'ciphead' | 'cipsrip'): CommandHandler {
  const set = (t: TcpipState, mode: number) => {
    t[key] = mode;
  };
  return {
    name,
    read: (ctx) => reply(OK, [`${name}: ${ctx.state.tcpip[key]}`]),
    write: (ctx) => (set(ctx.state.tcpip, ctx.arg('mode') as number), reply(OK)),
    exec: (ctx) => (set(ctx.state.tcpip, 1), reply(OK)),
  };
}

export const ciphead = modeSetting('+CIPHEAD', 'ciphead');
export const cipsrip = modeSetting('+CIPSRIP', 'cipsrip');

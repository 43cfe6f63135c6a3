// SIM767XX §24.2.2 AT+CMMSPROTO Set the protocol parameters and MMS proxy address.
//
//   AT+CMMSPROTO=<type>[,<gateway>,<port>]   OK
//   AT+CMMSPROTO?                            +CMMSPROTO: <type>,"<gateway>",<port>
//
// <type> 1 HTTP; 0 WAP is "(not supported)": +CME ERROR: operation not supported. <gateway> is
// the IPv4 address of the MMS proxy, <port> its port; "If empty, it is set to 255.255.255.255"
// / 65535, which means no proxy (AT+CMMSSEND then talks to the MMSC itself). Power-on starts
// with no proxy: the manual gives no factory values, and these are what "empty" sets. A gateway
// that is no dotted IPv4 address: +CME ERROR: 177.

import { reply, type CommandHandler } from '../../core/handler.js';
import { CME, OK, cme } from '../../core/result.js';
import { isIpv4 } from '../../internet/resolver.js';
import { MMS_ERR } from '../../mms/errors.js';
import { NO_PROXY_GATEWAY, NO_PROXY_PORT } from '../../state/mms.js';
import { refuse } from './common.js';

export const cmmsproto: CommandHandler = {
  name: '+CMMSPROTO',
  read: (ctx) => {
    const p = ctx.state.mms.proto;
    return reply(OK, [`+CMMSPROTO: ${p.type},"${p.gateway}",${p.port}`]);
  },
  write: (ctx) => {
    const type = Number(ctx.arg('type'));
    if (type === 0) {
      ctx.modem.log('+CMMSPROTO: WAP (type 0) is not supported');
      return reply(cme(CME.OPERATION_NOT_SUPPORTED));
    }
    const gateway = (ctx.arg('gateway') as string | undefined) ?? NO_PROXY_GATEWAY;
    const port = (ctx.arg('port') as number | undefined) ?? NO_PROXY_PORT;
    if (!isIpv4(gateway)) return refuse(ctx, MMS_ERR.INVALID_PARAMETER, `"${gateway}" is not an IPv4 address`);
    ctx.state.mms.proto = { type, gateway, port };
    return reply(OK);
  },
};

// SIM767XX §17.2.1 AT+CSSLCFG Configure the SSL context: ten contexts (0-9) of TLS settings
// that HTTPS, FTPS, MQTTS, SMTPS, WSS and the AT+CCH* client use (simulator/ssl/tls-policy.ts
// says what each setting does to a connection).
//   AT+CSSLCFG?                       every context, one line each
//   AT+CSSLCFG=<ssl_ctx_index>        one context
//   AT+CSSLCFG="<setting>",<ssl_ctx_index>,<value>
// Line: +CSSLCFG: <index>,<sslversion>,<authmode>,<ignoreltime>,<negotiatetime>,"<ca_file>",
// "<clientcert_file>","<clientkey_file>","<password_file>",<enableSNI>,<ignorecertCN>,
// <use_tickets>,<ciphersuites> (the manual's read example).
// File names must end in .pem or .der and be 5-55 bytes (§17.2.1 Defined Values); they need
// not be in the store yet: a connection that needs a missing one fails then.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { validCertificateName } from '../../ssl/certificate-store.js';
import type { SslContextSettings } from '../../state/ssl.js';

function line(index: number, c: SslContextSettings): string {
  const q = (s: string) => `"${s}"`;
  return `+CSSLCFG: ${index},${c.sslVersion},${c.authMode},${c.ignoreLocalTime},${c.negotiateTime},${q(c.caFile)},${q(c.clientCertFile)},${q(c.clientKeyFile)},${q(c.passwordFile)},${c.enableSni},${c.ignoreCertCn},${c.useTickets},${c.cipherSuites}`;
}

type NumberSetting = 'sslVersion' | 'authMode' | 'ignoreLocalTime' | 'negotiateTime' | 'enableSni' | 'ignoreCertCn' | 'useTickets';
type FileSetting = 'caFile' | 'clientCertFile' | 'clientKeyFile' | 'passwordFile';

/** The keywords of the write forms and the field each sets. */
const SETTINGS: Readonly<Record<string, NumberSetting | FileSetting | 'cipherSuites'>> = {
  sslversion: 'sslVersion',
  authmode: 'authMode',
  ignorelocaltime: 'ignoreLocalTime',
  negotiatetime: 'negotiateTime',
  cacert: 'caFile',
  clientcert: 'clientCertFile',
  clientkey: 'clientKeyFile',
  password: 'passwordFile',
  enablesni: 'enableSni',
  ignorecertcn: 'ignoreCertCn',
  use_tickets: 'useTickets',
  ciphersuites: 'cipherSuites',
};

/** <ciphersuites>: 0x0000-0xFFFF, written in hex with 0x (or decimal). */
function cipherSuiteCode(text: string): number | undefined {
  const n = /^0x[0-9a-f]{1,4}$/i.test(text) ? parseInt(text.slice(2), 16) : /^\d+$/.test(text) ? Number(text) : NaN;
  return Number.isInteger(n) && n >= 0 && n <= 0xffff ? n : undefined;
}

export const csslcfg: CommandHandler = {
  name: '+CSSLCFG',
  read: (ctx) => reply(OK, ctx.state.ssl.contexts.map((c, i) => line(i, c))),
  write: (ctx) => {
    const contexts = ctx.state.ssl.contexts;
    if (typeof ctx.args[0] === 'number') return reply(OK, [line(ctx.args[0], contexts[ctx.args[0]]!)]);
    const field = SETTINGS[String(ctx.args[0]).toLowerCase()];
    const index = Number(ctx.args[1]);
    const value = ctx.args[2];
    const context = contexts[index];
    if (!field || !context || value === undefined) return reply(ERROR);
    if (field === 'cipherSuites') {
      if (cipherSuiteCode(String(value)) === undefined) return reply(ERROR);
      context.cipherSuites = String(value);
    } else if (field === 'caFile' || field === 'clientCertFile' || field === 'clientKeyFile' || field === 'passwordFile') {
      if (!validCertificateName(String(value))) return reply(ERROR);
      context[field] = String(value);
    } else {
      context[field] = Number(value);
    }
    return reply(OK);
  },
};

// The ten SSL contexts of AT+CSSLCFG (manual §17.2.1): how a TLS connection of HTTPS, FTPS,
// MQTTS, SMTPS, WSS or the SSL client (AT+CCH*) is made. The manual marks the command "-" (no
// saving), so the contexts start from their defaults at every power-on.

import { defineSlice } from './modem-state.js';

export const SSL_CONTEXTS = 10;

export interface SslContextSettings {
  /** 0 SSL3.0, 1 TLS1.0, 2 TLS1.1, 3 TLS1.2, 4 all (default). */
  sslVersion: number;
  /** 0 none (default), 1 server, 2 server and client, 3 client only. */
  authMode: number;
  /** 1 (default): ignore the certificates' validity dates; 0: check them against the RTC. */
  ignoreLocalTime: number;
  /** Handshake timeout in seconds, 10-300 (default 300). */
  negotiateTime: number;
  /** Names in the certificate store ("" = none). */
  caFile: string;
  clientCertFile: string;
  clientKeyFile: string;
  /** A file whose content is the client key's passphrase. */
  passwordFile: string;
  enableSni: number;
  ignoreCertCn: number;
  useTickets: number;
  /** IANA cipher suite code as written (0 or 0xFFFF: all). */
  cipherSuites: string;
}

export interface SslState {
  contexts: SslContextSettings[];
}

declare module './modem-state.js' {
  interface ModemState {
    ssl: SslState;
  }
}

/** The defaults the manual's AT+CSSLCFG? example shows for every context. */
export function defaultSslContext(): SslContextSettings {
  return {
    sslVersion: 4,
    authMode: 0,
    ignoreLocalTime: 1,
    negotiateTime: 300,
    caFile: '',
    clientCertFile: '',
    clientKeyFile: '',
    passwordFile: '',
    enableSni: 0,
    ignoreCertCn: 0,
    useTickets: 0,
    cipherSuites: '0',
  };
}

export const sslSlice = defineSlice({
  key: 'ssl',
  create: () => ({ contexts: Array.from({ length: SSL_CONTEXTS }, defaultSslContext) }),
});

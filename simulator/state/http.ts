// The HTTP(S) service of chapter 14: whether it is started and on which PDP context
// (+HTTPINIT/+HTTPTERM), its parameters (+HTTPPARA), the content to post (+HTTPDATA), the request
// in progress and the last response (+HTTPACTION, +HTTPPOSTFILE), which +HTTPHEAD, +HTTPREAD and
// +HTTPREADFILE read.
//
// Saving: every command of the chapter is "-" (manual §14.2.1-14.2.9): nothing survives a power
// cycle; AT+HTTPTERM forgets everything but the service's absence. The connection to the server
// lives in the Modem's attachments (simulator/http/service.ts) and closes at power-off.
//
// Lifecycle: stopped → starting (AT+HTTPINIT activating the context) → started → stopped by
// AT+HTTPTERM. While started, a request is in progress or not; its response replaces the last one.

import { reactHttp } from '../http/supervision.js';
import { defineSlice } from './modem-state.js';

export interface HttpParams {
  /** "URL" as set; undefined until set. */
  url?: string;
  /** "CONNECTTO", seconds (20-120, default 120). */
  connectTimeoutS: number;
  /** "RECVTO", seconds (2-120, default 20). */
  recvTimeoutS: number;
  /** "CONTENT" (default text/plain). */
  contentType: string;
  /** "ACCEPT" (default any). */
  accept: string;
  /** "SSLCFG": the SSL context of AT+CSSLCFG (0-9, default 0). */
  sslCfg: number;
  /** "USERDATA": header lines of the DTE's own ("" none). */
  userData: string;
  /** "READMODE": 0 read forward only, 1 read any part again (default 0). */
  readMode: number;
}

export interface HttpResponse {
  /** What produced it: AT+HTTPACTION's or AT+HTTPPOSTFILE's method (undefined: the file's own). */
  method: number | undefined;
  status: number;
  /** The header block as received (AT+HTTPHEAD). */
  header: Buffer;
  /** The content (AT+HTTPREAD, AT+HTTPREADFILE), chunked framing removed. */
  content: Buffer;
  /** Where AT+HTTPREAD=<byte_size> continues; with READMODE 0 no read may start before it. */
  readPosition: number;
}

export type HttpRequestKind = 'action' | 'postfile';

export type HttpService =
  | { status: 'stopped' }
  | { status: 'starting'; cid: number }
  | {
      status: 'started';
      cid: number;
      params: HttpParams;
      /** AT+HTTPDATA's data, posted by POST and PUT until replaced or AT+HTTPTERM. */
      postData?: Buffer;
      /** The request in progress, if any. */
      busy?: HttpRequestKind;
      response?: HttpResponse;
      /** Whether the service's bearer was up when last looked at (+HTTP_NONET_EVENT on its loss). */
      networkUp: boolean;
    };

export interface HttpState {
  service: HttpService;
}

declare module './modem-state.js' {
  interface ModemState {
    http: HttpState;
  }
}

export function defaultHttpParams(): HttpParams {
  return { connectTimeoutS: 120, recvTimeoutS: 20, contentType: 'text/plain', accept: '*/*', sslCfg: 0, userData: '', readMode: 0 };
}

export type StartedService = Extract<HttpService, { status: 'started' }>;

/** The started service, if it is. */
export function startedService(state: { http: HttpState }): StartedService | undefined {
  const s = state.http.service;
  return s.status === 'started' ? s : undefined;
}

export const httpSlice = defineSlice({
  key: 'http',
  create: () => ({ service: { status: 'stopped' } }),
  // +HTTP_NONET_EVENT when the service's bearer goes (simulator/http/supervision.ts).
  react: reactHttp,
});

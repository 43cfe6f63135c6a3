// Sending an MMS (manual §24.2.7): the M-Send.req POSTed over HTTP to the MMSC of AT+CMMSCURL,
// through the proxy of AT+CMMSPROTO when one is set, on the PDP context of AT+CMMSCFG="CID",
// within AT+CMMSCFG="mmssend_timeout"; the MMSC's M-Send.conf decides the outcome.
//
// HTTP (OMA-TS-MMS-CTR §7.1 / WAP-230 over HTTP): "POST <path> HTTP/1.1" to the MMSC, or, through
// an HTTP proxy, "POST http://<mmsc-url> HTTP/1.1" to the proxy (RFC 9112 §3.2.2: the request
// target in absolute form); Host names the MMSC; Content-Type application/vnd.wap.mms-message;
// User-Agent from AT+CMMSUA and x-wap-profile from AT+CMMSPROFILE (the UAProf header MMS clients
// send) when they are set. node:http speaks it over the module's connection (connectionStream),
// so the bearer gate, routes and counters of the internet layer apply.
//
// Outcome (the <err> of +CMMSSEND, §24.3.2): 0 when the M-Send.conf says Ok; 173 when the
// timeout ran out; 190 "Network error" when there is no bearer, the MMSC (or proxy) cannot be
// reached or answers other than 200; 189 "Invalid mms pdu" when the answer is no M-Send.conf for
// this transaction; an MMSC error status (OMA-TS-MMS-ENC §7.2.27) maps to the nearest code:
// sending address unresolved → 176, message format corrupt → 189, network problem → 190,
// content not accepted → 172, any other → 201 "Unknown error for mms".

import { request } from 'node:http';
import type { ModemServices } from '../core/handler.js';
import { contextBearer } from '../internet/bearer.js';
import { internetOf, type TcpConnection } from '../internet/internet.js';
import { isIpv4, isValidDomainName } from '../internet/resolver.js';
import { connectionStream } from '../internet/stream.js';
import type { ModemState } from '../state/modem-state.js';
import { NO_PROXY_GATEWAY } from '../state/mms.js';
import { MMS_ERR } from './errors.js';
import { decodeSendConf, RESPONSE_OK } from './pdu/m-send-conf.js';

export const MMS_CONTENT_TYPE = 'application/vnd.wap.mms-message';

export interface MmscUrl {
  host: string;
  port: number;
  /** Path and query, starting with "/". */
  path: string;
}

/** AT+CMMSCURL's URL ("not including http://"; one that does include it is read the same). */
export function parseMmscUrl(text: string): MmscUrl | undefined {
  const rest = text.replace(/^http:\/\//i, '');
  const m = /^([^/:?#]+)(?::(\d{1,5}))?([/?].*)?$/.exec(rest);
  if (!m) return undefined;
  const host = m[1]!;
  if (!isIpv4(host) && !isValidDomainName(host)) return undefined;
  const port = m[2] === undefined ? 80 : Number(m[2]);
  if (port < 1 || port > 65535) return undefined;
  const path = m[3] === undefined ? '/' : m[3].startsWith('/') ? m[3] : `/${m[3]}`;
  return { host, port, path };
}

/** The proxy of AT+CMMSPROTO, or undefined when none is set (255.255.255.255 or 0.0.0.0). */
export function proxyOf(proto: MmsState['proto']): { host: string; port: number } | undefined {
  if (proto.gateway === NO_PROXY_GATEWAY || proto.gateway === '0.0.0.0') return undefined;
  return { host: proto.gateway, port: proto.port };
}

type MmsState = ModemState['mms'];

export interface PostJob {
  services: ModemServices;
  state: ModemState;
  cid: number;
  mmsc: MmscUrl;
  proxy?: { host: string; port: number };
  userAgent: string;
  uaProfile: string;
  pdu: Buffer;
  transactionId: string;
  timeoutMs: number;
}

/** The MMSC's error statuses (OMA-TS-MMS-ENC §7.2.27) as §24.3.2 codes. */
export function codeForStatus(status: number): number {
  if (status === RESPONSE_OK) return 0;
  if ([0x84, 0xc1, 0xe3].includes(status)) return MMS_ERR.ADDRESS_NOT_FOUND;
  if ([0x83, 0xe2].includes(status)) return MMS_ERR.INVALID_PDU;
  if ([0x86, 0xc3].includes(status)) return MMS_ERR.NETWORK;
  if ([0x87, 0xe5].includes(status)) return MMS_ERR.OVER_SIZE;
  return MMS_ERR.UNKNOWN;
}

interface HttpAnswer {
  status: number;
  body: Buffer;
}

function post(conn: TcpConnection, job: PostJob): Promise<HttpAnswer> {
  const { mmsc } = job;
  const hostHeader = mmsc.port === 80 ? mmsc.host : `${mmsc.host}:${mmsc.port}`;
  const headers: Record<string, string | number> = {
    Host: hostHeader,
    'Content-Type': MMS_CONTENT_TYPE,
    'Content-Length': job.pdu.length,
    Accept: `${MMS_CONTENT_TYPE}, */*`,
  };
  if (job.userAgent) headers['User-Agent'] = job.userAgent;
  if (job.uaProfile) headers['x-wap-profile'] = job.uaProfile;
  return new Promise<HttpAnswer>((resolve, reject) => {
    const req = request(
      {
        method: 'POST',
        path: job.proxy ? `http://${hostHeader}${mmsc.path}` : mmsc.path,
        setHost: false,
        headers,
        createConnection: () => connectionStream(conn) as never,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(job.pdu);
  });
}

/** POSTs the PDU and reads the M-Send.conf: the +CMMSSEND <err> (0: sent). */
export async function postMms(job: PostJob): Promise<number> {
  const { services } = job;
  const bearer = contextBearer(job.state, job.cid);
  if (!bearer.ok) {
    services.log(`mms: no bearer on context ${job.cid} (${bearer.reason})`);
    return MMS_ERR.NETWORK;
  }
  const to = job.proxy ?? { host: job.mmsc.host, port: job.mmsc.port };
  let conn: TcpConnection | undefined;
  let timer: ReturnType<ModemServices['setTimer']> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = services.setTimer(job.timeoutMs, () => resolve('timeout'));
  });
  let finished = false;
  const exchange = async (): Promise<number> => {
    const opened = await internetOf(services).openTcp({ bearer: bearer.bearer, host: to.host, port: to.port, timeoutMs: job.timeoutMs, services });
    if (finished) {
      opened.abort('local');
      throw new Error('connected after the send timed out');
    }
    conn = opened;
    const answer = await services.clock.outside(post(conn, job));
    if (answer.status !== 200) {
      services.log(`mms: the MMSC answered HTTP ${answer.status}`);
      return MMS_ERR.NETWORK;
    }
    const decoded = decodeSendConf(answer.body);
    if (!decoded.ok) {
      services.log(`mms: no M-Send.conf in the answer (${decoded.reason})`);
      return MMS_ERR.INVALID_PDU;
    }
    if (decoded.conf.transactionId !== job.transactionId) {
      services.log(`mms: M-Send.conf for transaction ${decoded.conf.transactionId ?? '(none)'}, sent ${job.transactionId}`);
      return MMS_ERR.INVALID_PDU;
    }
    const code = codeForStatus(decoded.conf.status);
    services.log(`mms: M-Send.conf status 0x${decoded.conf.status.toString(16)}${decoded.conf.messageId ? `, Message-ID ${decoded.conf.messageId}` : ''}${decoded.conf.responseText ? ` (${decoded.conf.responseText})` : ''}`);
    return code;
  };
  try {
    const outcome = await Promise.race([
      exchange().catch((e: unknown) => {
        services.log(`mms: send failed: ${(e as Error).message}`);
        return MMS_ERR.NETWORK;
      }),
      timedOut,
    ]);
    return outcome === 'timeout' ? MMS_ERR.TIMEOUT : outcome;
  } finally {
    finished = true;
    services.clearTimer(timer);
    const c = conn as TcpConnection | undefined;
    if (c?.open) void c.close();
  }
}

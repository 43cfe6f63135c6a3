// The package download of AT+CFOTA (manual §18.2.1): "<mode> 0 FTP way, 1 HTTP way" from
// "<destination_ip/url>", with <username>/<password>. Over the module's bearer (PDP context 1,
// the default bearer: the manual ties the download to no context).
//
// HTTP (and HTTPS, with SSL context 0 of AT+CSSLCFG): GET with node:http over the module's
// connection (connectionStream); a <username> is sent as Basic authorization (RFC 7617); the
// answer must be 200, its Content-Length gives the total for the progress. FTP (RFC 959) with the
// control connection and reply parser of chapter 15's client (simulator/ftp/): USER/PASS, TYPE I,
// SIZE (its 213 reply gives the total; a server without SIZE leaves it unknown), PASV, RETR on a
// data connection of the module, 226, QUIT. "If <port> are omitted, the default FTP port is 21 and the
// default HTTP port is 80."
//
// Progress: `progress(received, total)` as data arrives. Real I/O is declared to the clock, and
// the whole download is bounded by `timeoutMs` of the module's clock; a package larger than
// `maxBytes` is refused while it arrives.

import { request } from 'node:http';
import type { ModemServices } from '../core/handler.js';
import { contextBearer, type Bearer } from '../internet/bearer.js';
import { internetOf, type TcpConnection } from '../internet/internet.js';
import { connectionStream } from '../internet/stream.js';
import type { ModemState } from '../state/modem-state.js';
import { openTlsWithContext } from '../ssl/open-tls.js';
import { FtpControl } from '../ftp/control.js';
import { parsePasv } from '../ftp/client.js';
import { replyText, type FtpReply } from '../ftp/replies.js';

export class DownloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DownloadError';
  }
}

export interface DownloadJob {
  services: ModemServices;
  state: ModemState;
  url: URL;
  username: string;
  password: string;
  /** Module-clock bound on the whole download. */
  timeoutMs: number;
  maxBytes: number;
  /** Called with the octets received so far and the total, when known. */
  progress(received: number, total: number | undefined): void;
}

const CONNECT_TIMEOUT_MS = 30_000;
/** How long the FTP server may take to answer a command (the whole download is bounded too). */
const FTP_REPLY_TIMEOUT_MS = 30_000;
/** The bearer of the download. */
export const FOTA_CID = 1;

function port(url: URL, fallback: number): number {
  return url.port === '' ? fallback : Number(url.port);
}

async function connect(job: DownloadJob, bearer: Bearer, host: string, p: number, tls: boolean): Promise<TcpConnection> {
  if (tls) return openTlsWithContext(job.services, { context: 0, bearer, host, port: p, timeoutMs: CONNECT_TIMEOUT_MS });
  return internetOf(job.services).openTcp({ bearer, host, port: p, timeoutMs: CONNECT_TIMEOUT_MS, services: job.services });
}

/** Collects a body, failing past `maxBytes`. */
class Collector {
  private readonly chunks: Buffer[] = [];
  received = 0;

  constructor(
    private readonly job: DownloadJob,
    private readonly total: number | undefined,
  ) {
    if (total !== undefined && total > job.maxBytes) throw new DownloadError(`the package is ${total} bytes, at most ${job.maxBytes} fit`);
  }

  add(data: Buffer): void {
    this.received += data.length;
    if (this.received > this.job.maxBytes) throw new DownloadError(`more than ${this.job.maxBytes} bytes`);
    this.chunks.push(data);
    this.job.progress(this.received, this.total);
  }

  get bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

async function http(job: DownloadJob, bearer: Bearer, opened: (c: TcpConnection) => void): Promise<Buffer> {
  const { url } = job;
  const tls = url.protocol === 'https:';
  const conn = await connect(job, bearer, url.hostname, port(url, tls ? 443 : 80), tls);
  opened(conn);
  const headers: Record<string, string> = { Host: url.host, Accept: '*/*' };
  if (job.username) headers.Authorization = `Basic ${Buffer.from(`${job.username}:${job.password}`).toString('base64')}`;
  const got = new Promise<Buffer>((resolve, reject) => {
    const req = request({ method: 'GET', path: `${url.pathname}${url.search}`, setHost: false, headers, createConnection: () => connectionStream(conn) as never }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(new DownloadError(`HTTP ${res.statusCode ?? 0}`));
        return;
      }
      const length = res.headers['content-length'];
      let body: Collector;
      try {
        body = new Collector(job, length === undefined ? undefined : Number(length));
      } catch (e) {
        res.destroy();
        reject(e as Error);
        return;
      }
      job.progress(0, length === undefined ? undefined : Number(length));
      res.on('data', (d: Buffer) => {
        try {
          body.add(d);
        } catch (e) {
          res.destroy();
          reject(e as Error);
        }
      });
      res.on('end', () => {
        if (length !== undefined && body.received !== Number(length)) reject(new DownloadError(`${body.received} of ${length} bytes`));
        else resolve(body.bytes);
      });
      res.on('error', reject);
    });
    req.on('error', (e) => reject(new DownloadError(e.message)));
    req.end();
  });
  return job.services.clock.outside(got);
}

/** The reply's code must be one of `codes`, or the download fails naming the reply. */
function expectCode(reply: FtpReply, codes: readonly number[], what: string): void {
  if (!codes.includes(reply.code)) throw new DownloadError(`${what}: ${reply.lines.join(' | ')}`);
}

async function ftp(job: DownloadJob, bearer: Bearer, opened: (c: TcpConnection) => void): Promise<Buffer> {
  const { url } = job;
  const conn = await connect(job, bearer, url.hostname, port(url, 21), false);
  opened(conn);
  const control = new FtpControl(conn, job.services, FTP_REPLY_TIMEOUT_MS, 'fota');
  expectCode(await control.reply(), [220], 'greeting');
  const user = await control.command(`USER ${job.username || 'anonymous'}`);
  expectCode(user, [230, 331], 'USER');
  if (user.code === 331) expectCode(await control.command(`PASS ${job.password}`), [230, 202], 'PASS');
  expectCode(await control.command('TYPE I'), [200], 'TYPE I');
  const path = decodeURIComponent(url.pathname);
  const size = await control.command(`SIZE ${path}`);
  const sizeText = replyText(size).trim();
  const total = size.code === 213 && /^\d+$/.test(sizeText) ? Number(sizeText) : undefined;
  const body = new Collector(job, total);
  const pasv = await control.command('PASV');
  expectCode(pasv, [227], 'PASV');
  const endpoint = parsePasv(pasv);
  if (!endpoint) throw new DownloadError(`PASV: no address in "${pasv.lines.join(' | ')}"`);
  const data = await internetOf(job.services).openTcp({ bearer, host: endpoint.address, port: endpoint.port, timeoutMs: CONNECT_TIMEOUT_MS, services: job.services });
  opened(data);
  const ended = new Promise<void>((resolve, reject) => {
    data.onData((d) => {
      try {
        body.add(d);
      } catch (e) {
        data.abort('local');
        reject(e as Error);
      }
    });
    data.onClose((cause) => (cause === 'remote' ? resolve() : reject(new DownloadError(`the data connection closed (${cause})`))));
  });
  ended.catch(() => undefined); // awaited below; a failure before that is not unhandled
  expectCode(await control.command(`RETR ${path}`), [125, 150], 'RETR');
  job.progress(0, total);
  await job.services.clock.outside(ended);
  expectCode(await control.reply(), [226, 250], 'transfer');
  if (total !== undefined && body.received !== total) throw new DownloadError(`${body.received} of ${total} bytes`);
  void control.command('QUIT').catch(() => undefined);
  return body.bytes;
}

/** Downloads the package (see the file comment); rejects with a DownloadError or an InternetError. */
export async function downloadPackage(job: DownloadJob): Promise<Buffer> {
  const bearer = contextBearer(job.state, FOTA_CID);
  if (!bearer.ok) throw new DownloadError(`no bearer on context ${FOTA_CID} (${bearer.reason})`);
  const connections: TcpConnection[] = [];
  const opened = (c: TcpConnection) => connections.push(c);
  let timer: ReturnType<ModemServices['setTimer']> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = job.services.setTimer(job.timeoutMs, () => reject(new DownloadError(`not done in ${job.timeoutMs} ms`)));
  });
  try {
    const work = job.url.protocol === 'ftp:' ? ftp(job, bearer.bearer, opened) : http(job, bearer.bearer, opened);
    return await Promise.race([work, timeout]);
  } finally {
    job.services.clearTimer(timer);
    for (const c of connections) if (c.open) void c.close();
  }
}

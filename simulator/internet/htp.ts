// HTP: the time from an HTTP server's Date header (RFC 9110 §6.6.1), as AT+CHTPUPDATE fetches it
// (manual §12.2.2): a HEAD request over TCP (through a proxy when one is given, with the absolute
// URI the proxy needs), the response header read up to its blank line, the Date parsed.

import type { ModemServices } from '../core/handler.js';
import type { Bearer } from './bearer.js';
import { internetOf } from './internet.js';

export type HtpResult = { ok: true; dateMs: number } | { ok: false; error: 'network' | 'no-date' };

export interface HtpTarget {
  host: string;
  port: number;
  httpVersion: number;
  proxy?: { host: string; port: number };
}

type Services = Pick<ModemServices, 'instance' | 'profile' | 'clock' | 'setTimer' | 'clearTimer' | 'log'>;

const MAX_HEADER = 16 * 1024;

export function htpRequest(target: HtpTarget): string {
  const version = target.httpVersion === 0 ? 'HTTP/1.0' : 'HTTP/1.1';
  const path = target.proxy ? `http://${target.host}${target.port === 80 ? '' : ':' + target.port}/` : '/';
  return `HEAD ${path} ${version}\r\nHost: ${target.host}\r\nConnection: close\r\n\r\n`;
}

/** The Date of a response header block, in ms, or undefined. */
export function dateOf(header: string): number | undefined {
  const m = /^date:\s*(.+?)\s*$/im.exec(header);
  if (!m) return undefined;
  const ms = Date.parse(m[1]!);
  return Number.isNaN(ms) ? undefined : ms;
}

export async function htpQuery(services: Services, bearer: Bearer, target: HtpTarget, timeoutMs: number): Promise<HtpResult> {
  const via = target.proxy ?? { host: target.host, port: target.port };
  let conn;
  try {
    conn = await internetOf(services).openTcp({ bearer, host: via.host, port: via.port, timeoutMs, services });
  } catch (e) {
    services.log(`htp: ${via.host}:${via.port}: ${String(e)}`);
    return { ok: false, error: 'network' };
  }
  try {
    return await new Promise<HtpResult>((resolve) => {
      let header = '';
      const timer = services.setTimer(timeoutMs, () => resolve({ ok: false, error: 'network' }));
      const done = (r: HtpResult) => {
        services.clearTimer(timer);
        resolve(r);
      };
      conn.onData((data) => {
        header += data.toString('latin1');
        const end = header.indexOf('\r\n\r\n');
        if (end < 0 && header.length < MAX_HEADER) return;
        const date = dateOf(end < 0 ? header : header.slice(0, end));
        done(date === undefined ? { ok: false, error: 'no-date' } : { ok: true, dateMs: date });
      });
      conn.onClose(() => {
        const date = dateOf(header);
        done(date === undefined ? { ok: false, error: header ? 'no-date' : 'network' } : { ok: true, dateMs: date });
      });
      void conn.send(Buffer.from(htpRequest(target), 'latin1')).catch(() => done({ ok: false, error: 'network' }));
    });
  } finally {
    if (conn.open) void conn.close();
  }
}

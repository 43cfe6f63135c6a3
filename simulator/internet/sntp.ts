// An SNTP client (RFC 4330) over the module's data-connection layer: one request, one reply.
//
// Request: 48 bytes, LI 0, VN 4, Mode 3 (client), the Transmit Timestamp set to the module's
// time. Reply accepted when Mode is 4 (server), Stratum is 1-15 (0 is a kiss-o'-death, §8) and
// the Originate Timestamp echoes our Transmit Timestamp (§5). The time is the server's Transmit
// Timestamp corrected by half the round trip. NTP timestamps count seconds since 1900-01-01.

import type { ModemServices } from '../core/handler.js';
import type { Bearer } from './bearer.js';
import { internetOf, InternetError } from './internet.js';

const NTP_EPOCH_OFFSET_S = 2208988800;
export const NTP_PORT = 123;

export type SntpResult = { ok: true; serverTimeMs: number } | { ok: false; error: 'network' | 'timeout' | 'invalid' };

export function toNtp(ms: number, buf: Buffer, offset: number): void {
  const seconds = Math.floor(ms / 1000) + NTP_EPOCH_OFFSET_S;
  const fraction = Math.floor(((ms % 1000) / 1000) * 2 ** 32);
  buf.writeUInt32BE(seconds >>> 0, offset);
  buf.writeUInt32BE(fraction >>> 0, offset + 4);
}

export function fromNtp(buf: Buffer, offset: number): number {
  const seconds = buf.readUInt32BE(offset);
  const fraction = buf.readUInt32BE(offset + 4);
  return (seconds - NTP_EPOCH_OFFSET_S) * 1000 + Math.round((fraction / 2 ** 32) * 1000);
}

type Services = Pick<ModemServices, 'instance' | 'profile' | 'clock' | 'setTimer' | 'clearTimer' | 'log'>;

/** Asks `host` (port 123 as the module sees it) for the time; waits at most `timeoutMs` of the module's clock. */
export async function sntpQuery(services: Services, bearer: Bearer, host: string, timeoutMs: number): Promise<SntpResult> {
  let socket;
  try {
    socket = await internetOf(services).openUdp({ bearer, localPort: 0 });
  } catch {
    return { ok: false, error: 'network' };
  }
  const request = Buffer.alloc(48);
  request[0] = (0 << 6) | (4 << 3) | 3;
  const t1 = services.clock.now();
  toNtp(t1, request, 40);
  const sent = request.subarray(40, 48);
  try {
    return await new Promise<SntpResult>((resolve) => {
      const timer = services.setTimer(timeoutMs, () => resolve({ ok: false, error: 'timeout' }));
      socket.onClose(() => {
        services.clearTimer(timer);
        resolve({ ok: false, error: 'network' });
      });
      socket.onMessage((reply) => {
        if (reply.length < 48) return;
        services.clearTimer(timer);
        const mode = reply[0]! & 7;
        const stratum = reply[1]!;
        if (mode !== 4 || stratum === 0 || stratum > 15 || !reply.subarray(24, 32).equals(sent)) {
          resolve({ ok: false, error: 'invalid' });
          return;
        }
        const t4 = services.clock.now();
        resolve({ ok: true, serverTimeMs: fromNtp(reply, 40) + Math.round((t4 - t1) / 2) });
      });
      socket.send(request, host, NTP_PORT, services).catch((e: unknown) => {
        services.clearTimer(timer);
        services.log(`ntp: request to ${host} failed: ${String(e)}`);
        resolve({ ok: false, error: e instanceof InternetError && e.code === 'dns' ? 'network' : 'network' });
      });
    });
  } finally {
    socket.close();
  }
}

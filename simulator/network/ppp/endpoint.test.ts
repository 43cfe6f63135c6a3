// The PPP endpoint behind ATD*99#, tested by talking frames, as pppd would. The host side here is
// its own small implementation (bitwise FCS, byte-by-byte framing): nothing of the simulator's
// PPP code is the oracle.

import { describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { ModemHarness } from '../../testing/harness.js';

// ---- the host's PPP codec (RFC 1662 / RFC 1661), independent of the simulator's --------------

function fcsBitwise(bytes: number[]): number {
  let fcs = 0xffff;
  for (const b of bytes) {
    fcs ^= b;
    for (let i = 0; i < 8; i++) fcs = fcs & 1 ? (fcs >>> 1) ^ 0x8408 : fcs >>> 1;
  }
  return fcs;
}

/** A frame as the host sends it: address/control, 2-byte protocol, every control character escaped. */
function frame(protocol: number, payload: number[], options: { badFcs?: boolean } = {}): Buffer {
  const body = [0xff, 0x03, protocol >> 8, protocol & 0xff, ...payload];
  let fcs = fcsBitwise(body) ^ 0xffff;
  if (options.badFcs) fcs ^= 0x0101;
  const raw = [...body, fcs & 0xff, fcs >> 8];
  const out = [0x7e];
  for (const b of raw) {
    if (b < 0x20 || b === 0x7e || b === 0x7d) out.push(0x7d, b ^ 0x20);
    else out.push(b);
  }
  out.push(0x7e);
  return Buffer.from(out);
}

interface Frame {
  protocol: number;
  code: number;
  id: number;
  data: number[];
  raw: number[];
}

/** Splits the module's output into frames, checking each FCS. */
function parseFrames(bytes: Buffer): Frame[] {
  const frames: Frame[] = [];
  let cur: number[] | undefined;
  let esc = false;
  for (const b of bytes) {
    if (b === 0x7e) {
      if (cur && cur.length > 0) {
        expect(fcsBitwise(cur), 'FCS of a frame from the module').toBe(0xf0b8);
        const content = cur.slice(0, -2);
        let i = content[0] === 0xff && content[1] === 0x03 ? 2 : 0;
        const protocol = (content[i]! << 8) | content[i + 1]!;
        i += 2;
        const raw = content.slice(i);
        frames.push({ protocol, code: raw[0]!, id: raw[1]!, data: raw.slice(4, (raw[2]! << 8) | raw[3]!), raw });
      }
      cur = [];
      continue;
    }
    if (!cur) continue;
    if (b === 0x7d) esc = true;
    else {
      cur.push(esc ? b ^ 0x20 : b);
      esc = false;
    }
  }
  return frames;
}

function packet(code: number, id: number, data: number[]): number[] {
  const len = data.length + 4;
  return [code, id, len >> 8, len & 0xff, ...data];
}

function options(data: number[]): Array<{ type: number; value: number[] }> {
  const out = [];
  for (let i = 0; i < data.length; i += data[i + 1]!) out.push({ type: data[i]!, value: data.slice(i + 2, i + data[i + 1]!) });
  return out;
}

const LCP = 0xc021;
const PAP = 0xc023;
const IPCP = 0x8021;
const IP = 0x0021;
const ip4 = (s: string) => s.split('.').map(Number);
const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

function checksum(bytes: number[]): number {
  let sum = 0;
  for (let i = 0; i < bytes.length; i += 2) sum += (bytes[i]! << 8) | (bytes[i + 1] ?? 0);
  while (sum >> 16) sum = (sum & 0xffff) + (sum >> 16);
  return ~sum & 0xffff;
}

function ipv4(src: string, dst: string, protocol: number, payload: number[]): number[] {
  const header = [0x45, 0, 0, 20 + payload.length, 0x12, 0x34, 0, 0, 64, protocol, 0, 0, ...ip4(src), ...ip4(dst)];
  const c = checksum(header);
  header[10] = c >> 8;
  header[11] = c & 0xff;
  return [...header, ...payload];
}

function icmpEcho(id: number, seq: number, data: number[]): number[] {
  const msg = [8, 0, 0, 0, id >> 8, id & 0xff, seq >> 8, seq & 0xff, ...data];
  const c = checksum(msg);
  msg[2] = c >> 8;
  msg[3] = c & 0xff;
  return msg;
}

// ---- the conversation --------------------------------------------------------------------------

async function dialled(setup?: (control: ModemControl, h: ModemHarness) => Promise<void>) {
  const h = await ModemHarness.start();
  const control = new ModemControl(h.modem);
  const logs: string[] = [];
  h.modem.events.on('log', (m) => logs.push(m));
  await h.command('ATE0');
  await setup?.(control, h);
  const out = await h.command('ATD*99#');
  expect(out.startsWith('\r\nCONNECT\r\n')).toBe(true);
  const first = parseFrames(Buffer.from(out.slice('\r\nCONNECT\r\n'.length), 'latin1'));
  const exchange = async (bytes: Buffer): Promise<Frame[]> => {
    h.send(bytes);
    await h.settle();
    return parseFrames(Buffer.from(h.take(), 'latin1'));
  };
  return { h, control, logs, first, exchange };
}

/** LCP up (host asks MRU 1500, ACCM 0, magic, PFC, ACFC) and, when asked, PAP. */
async function linkUp(s: Awaited<ReturnType<typeof dialled>>, pap = { user: 'user', password: 'pass' }) {
  const modemReq = s.first[0]!;
  let replies = await s.exchange(frame(LCP, packet(1, 1, [1, 4, 0x05, 0xdc, 2, 6, 0, 0, 0, 0, 5, 6, ...u32(0x11223344), 7, 2, 8, 2])));
  expect(replies.map((f) => [f.protocol, f.code, f.id])).toEqual([[LCP, 2, 1]]);
  replies = await s.exchange(frame(LCP, packet(2, modemReq.id, modemReq.data)));
  expect(replies).toEqual([]);
  const user = [...Buffer.from(pap.user)];
  const pw = [...Buffer.from(pap.password)];
  return s.exchange(frame(PAP, packet(1, 7, [user.length, ...user, pw.length, ...pw])));
}

describe('PPP over ATD*99#', () => {
  it('negotiates LCP, PAP and IPCP, then answers pings to the gateway', async () => {
    const s = await dialled();
    // The module opens LCP at once: ACCM 0, PAP, magic number.
    expect(s.first).toHaveLength(1);
    const req = s.first[0]!;
    expect([req.protocol, req.code]).toEqual([LCP, 1]);
    const opts = options(req.data);
    expect(opts.map((o) => o.type)).toEqual([2, 3, 5]);
    expect(opts[0]!.value).toEqual([0, 0, 0, 0]);
    expect(opts[1]!.value).toEqual([0xc0, 0x23]);
    const magic = opts[2]!.value;

    // PAP accepted, then the module's IPCP request offering the gateway as its address.
    const afterPap = await linkUp(s);
    expect(afterPap.map((f) => [f.protocol, f.code])).toEqual([[PAP, 2], [IPCP, 1]]);
    expect(Buffer.from(afterPap[0]!.data.slice(1)).toString()).toBe('Login ok');
    const ipcpReq = afterPap[1]!;
    expect(options(ipcpReq.data)).toEqual([{ type: 3, value: ip4('10.83.214.1') }]);

    // The host asks for 0.0.0.0 and DNS: Nak with the context's address and the DNS servers.
    let r = await s.exchange(frame(IPCP, packet(1, 1, [3, 6, 0, 0, 0, 0, 129, 6, 0, 0, 0, 0, 131, 6, 0, 0, 0, 0])));
    expect(r.map((f) => [f.protocol, f.code, f.id])).toEqual([[IPCP, 3, 1]]);
    expect(options(r[0]!.data)).toEqual([
      { type: 3, value: ip4('10.83.214.110') },
      { type: 129, value: ip4('114.114.114.114') },
      { type: 131, value: ip4('8.8.8.8') },
    ]);
    r = await s.exchange(frame(IPCP, packet(1, 2, [3, 6, ...ip4('10.83.214.110'), 129, 6, ...ip4('114.114.114.114'), 131, 6, ...ip4('8.8.8.8')])));
    expect(r.map((f) => [f.protocol, f.code, f.id])).toEqual([[IPCP, 2, 2]]);
    r = await s.exchange(frame(IPCP, packet(2, ipcpReq.id, ipcpReq.data)));
    expect(r).toEqual([]);

    // Ping the gateway.
    const echo = icmpEcho(0x4242, 1, [...Buffer.from('hello modem')]);
    r = await s.exchange(frame(IP, ipv4('10.83.214.110', '10.83.214.1', 1, echo)));
    expect(r).toHaveLength(1);
    const reply = r[0]!.raw;
    expect(r[0]!.protocol).toBe(IP);
    expect(checksum(reply.slice(0, 20))).toBe(0);
    expect(reply.slice(12, 16)).toEqual(ip4('10.83.214.1'));
    expect(reply.slice(16, 20)).toEqual(ip4('10.83.214.110'));
    const icmp = reply.slice(20);
    expect(icmp[0]).toBe(0);
    expect(checksum(icmp)).toBe(0);
    expect(icmp.slice(4)).toEqual(echo.slice(4));

    // Anything else is dropped, with a log line.
    r = await s.exchange(frame(IP, ipv4('10.83.214.110', '93.184.216.34', 17, [0, 53, 0, 53, 0, 8, 0, 0])));
    expect(r).toEqual([]);
    expect(s.logs.some((l) => l.includes('dropped IPv4 packet 10.83.214.110 → 93.184.216.34 (protocol 17)'))).toBe(true);

    // LCP echo, with the module's magic number.
    r = await s.exchange(frame(LCP, packet(9, 33, [...u32(0x11223344), 1, 2, 3])));
    expect(r.map((f) => [f.protocol, f.code, f.id])).toEqual([[LCP, 10, 33]]);
    expect(r[0]!.data).toEqual([...magic, 1, 2, 3]);

    // An unknown protocol (IPv6CP) is rejected.
    r = await s.exchange(frame(0x8057, packet(1, 1, [1, 10, 0, 0, 0, 0, 0, 0, 0, 1])));
    expect(r.map((f) => [f.protocol, f.code])).toEqual([[LCP, 8]]);
    expect(r[0]!.data.slice(0, 2)).toEqual([0x80, 0x57]);

    // A frame with a bad FCS is ignored.
    r = await s.exchange(frame(LCP, packet(9, 34, [...u32(0x11223344)]), { badFcs: true }));
    expect(r).toEqual([]);

    // The host hangs up: Terminate-Ack, then NO CARRIER in command mode.
    s.h.send(frame(LCP, packet(5, 40, [])));
    await s.h.settle();
    const out = Buffer.from(s.h.take(), 'latin1');
    const end = out.indexOf('\r\nNO CARRIER\r\n');
    expect(end).toBeGreaterThan(0);
    expect(parseFrames(out.subarray(0, end)).map((f) => [f.protocol, f.code, f.id])).toEqual([[LCP, 6, 40]]);
    expect(s.h.modem.port.mode).toBe('command');
    expect(await s.h.command('AT')).toBe('\r\nOK\r\n');
  });

  it('refuses credentials the network does not accept, and ends the link', async () => {
    const s = await dialled((c) => c.run('set data network', { user: 'right', password: 'secret' }).then(() => undefined));
    const r = await linkUp(s, { user: 'wrong', password: 'x' });
    expect(r.map((f) => [f.protocol, f.code])).toEqual([[PAP, 3], [LCP, 5]]);
    expect(Buffer.from(r[0]!.data.slice(1)).toString()).toBe('Authentication failure');
    s.h.send(frame(LCP, packet(6, r[1]!.id, [])));
    await s.h.settle();
    expect(s.h.take()).toBe('\r\nNO CARRIER\r\n');
  });

  it('goes on without PAP when the host refuses it and the network wants no credentials', async () => {
    const s = await dialled();
    const req = s.first[0]!;
    // Host rejects the authentication option.
    let r = await s.exchange(frame(LCP, packet(4, req.id, [3, 4, 0xc0, 0x23])));
    expect(r.map((f) => [f.protocol, f.code])).toEqual([[LCP, 1]]);
    expect(options(r[0]!.data).map((o) => o.type)).toEqual([2, 5]);
    const second = r[0]!;
    r = await s.exchange(frame(LCP, packet(1, 1, [2, 6, 0, 0, 0, 0])));
    expect(r.map((f) => [f.protocol, f.code])).toEqual([[LCP, 2]]);
    r = await s.exchange(frame(LCP, packet(2, second.id, second.data)));
    // Straight to IPCP.
    expect(r.map((f) => [f.protocol, f.code])).toEqual([[IPCP, 1]]);
  });

  it('rejects options it does not do and naks a looped-back magic number', async () => {
    const s = await dialled();
    const req = s.first[0]!;
    const magic = options(req.data)[2]!.value;
    let r = await s.exchange(frame(LCP, packet(1, 1, [3, 4, 0xc2, 0x23, 13, 3, 6])));
    expect(r.map((f) => [f.code, f.id])).toEqual([[4, 1]]);
    expect(options(r[0]!.data).map((o) => o.type)).toEqual([3, 13]);
    r = await s.exchange(frame(LCP, packet(1, 2, [5, 6, ...magic])));
    expect(r.map((f) => f.code)).toEqual([3]);
    expect(options(r[0]!.data)[0]!.type).toBe(5);
    expect(options(r[0]!.data)[0]!.value).not.toEqual(magic);
  });

  it('retransmits its Configure-Request and gives up after ten', async () => {
    const s = await dialled();
    await s.h.advance(3000);
    expect(parseFrames(Buffer.from(s.h.take(), 'latin1')).map((f) => [f.protocol, f.code])).toEqual([[LCP, 1]]);
    await s.h.advance(3000 * 8);
    expect(parseFrames(Buffer.from(s.h.take(), 'latin1'))).toHaveLength(8);
    await s.h.advance(3000);
    expect(s.h.take()).toBe('\r\nNO CARRIER\r\n');
  });

  it('is ended by the module when the network deactivates the context', async () => {
    const s = await dialled();
    await linkUp(s);
    await s.control.run('deactivate context', { cid: 1 });
    await s.h.settle();
    const r = parseFrames(Buffer.from(s.h.take(), 'latin1'));
    expect(r.map((f) => [f.protocol, f.code])).toEqual([[LCP, 5]]);
    s.h.send(frame(LCP, packet(6, r[0]!.id, [])));
    await s.h.settle();
    expect(s.h.take()).toBe('\r\nNO CARRIER\r\n');
    expect(s.h.modem.state.calls.data).toBeUndefined();
  });

  it('drops the link without a word when DTR drops under AT&D2', async () => {
    const s = await dialled(async (_c, h) => {
      await h.command('AT&D2');
    });
    s.h.modem.setDteSignals({ dtr: false });
    await s.h.settle();
    expect(s.h.take()).toBe('\r\nNO CARRIER\r\n');
    expect(s.h.modem.state.calls.data).toBeUndefined();
  });
});

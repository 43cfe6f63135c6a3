// The 27.010 multiplexer's protocol details, in frames: errors on the wire, long frames, flow
// control, V.24 signals, parameter negotiation, power saving, RI.

import { describe, expect, it } from 'vitest';
import { reply, type CommandHandler, type DataSink } from '../core/handler.js';
import { basic } from '../core/result.js';
import { ModemHarness } from '../testing/harness.js';
import { controlMessage, dataOn, parseFrames, SABM, teFrame, UIH } from './testing/mux-te.js';

async function session(n1 = 64, handlers: CommandHandler[] = []): Promise<ModemHarness> {
  const h = await ModemHarness.start({ handlers });
  await h.command(`AT+CMUX=0,0,5,${n1}`);
  for (const dlci of [0, 1, 2]) h.send(teFrame(dlci, SABM));
  await h.finish();
  h.take();
  return h;
}

async function exchange(h: ModemHarness, bytes: Buffer): Promise<ReturnType<typeof parseFrames>> {
  h.send(bytes);
  await h.finish();
  return parseFrames(h.take());
}

function withBadFcs(frame: Buffer): Buffer {
  const b = Buffer.from(frame);
  b[b.length - 2] = b[b.length - 2]! ^ 0x55;
  return b;
}

describe('multiplexer: the wire', () => {
  it('drops a frame with a bad FCS and answers the next good one', async () => {
    const h = await session();
    expect(await exchange(h, withBadFcs(teFrame(1, UIH, 'AT\r')))).toEqual([]);
    expect(dataOn(await exchange(h, teFrame(1, UIH, 'AT\r')), 1)).toBe('AT\r\r\nOK\r\n');
  });

  it('skips noise and repeated flags, and takes a shared flag between frames', async () => {
    const h = await session();
    const a = teFrame(1, UIH, 'AT\r');
    const b = teFrame(2, UIH, 'AT\r');
    const wire = Buffer.concat([Buffer.from('garbage\xf9\xf9', 'latin1'), a, b.subarray(1)]);
    const frames = await exchange(h, wire);
    expect(dataOn(frames, 1)).toBe('AT\r\r\nOK\r\n');
    expect(dataOn(frames, 2)).toBe('AT\r\r\nOK\r\n');
  });

  it('resynchronises after a frame without its closing flag', async () => {
    const h = await session();
    const broken = teFrame(1, UIH, 'AT\r').subarray(0, -1);
    const frames = await exchange(h, Buffer.concat([broken, Buffer.from([0x00]), teFrame(2, UIH, 'AT\r')]));
    expect(dataOn(frames, 1)).toBe('');
    expect(dataOn(frames, 2)).toBe('AT\r\r\nOK\r\n');
  });

  it('carries frames over 127 octets with a two-octet length both ways', async () => {
    const h = await session(1500);
    const line = 'AT+CGMI' + ';+CGMI'.repeat(29) + '\r';
    const frames = await exchange(h, teFrame(1, UIH, line));
    const out = dataOn(frames, 1);
    expect(out.startsWith(line)).toBe(true);
    expect(out.match(/SIMCOM INCORPORATED/g)).toHaveLength(30);
    expect(frames).toHaveLength(1);
    expect(frames[0]!.info.length).toBeGreaterThan(127);
  });

  it('never lets anything but frames out while multiplexing (a URC from the UART path included)', async () => {
    const h = await session();
    h.modem.urc('+CREG: 1');
    await h.settle();
    expect(() => parseFrames(h.take())).not.toThrow();
  });
});

describe('multiplexer: control channel', () => {
  it('holds all DLC output under FCoff and releases it under FCon', async () => {
    const h = await session();
    const [off] = await exchange(h, teFrame(0, UIH, controlMessage(0x60)));
    expect([...off!.info]).toEqual([0x61, 0x01]);
    expect(await exchange(h, teFrame(1, UIH, 'AT\r'))).toEqual([]);
    const frames = await exchange(h, teFrame(0, UIH, controlMessage(0xa0)));
    expect([...frames[0]!.info]).toEqual([0xa1, 0x01]);
    expect(dataOn(frames, 1)).toBe('AT\r\r\nOK\r\n');
  });

  it('holds one DLC\'s output while the TE sets FC in MSC', async () => {
    const h = await session();
    await exchange(h, teFrame(0, UIH, controlMessage(0xe0, [0x07, 0x0f])));
    const frames = await exchange(h, Buffer.concat([teFrame(1, UIH, 'AT\r'), teFrame(2, UIH, 'AT\r')]));
    expect(dataOn(frames, 1)).toBe('');
    expect(dataOn(frames, 2)).toBe('AT\r\r\nOK\r\n');
    const after = await exchange(h, teFrame(0, UIH, controlMessage(0xe0, [0x07, 0x0d])));
    expect(dataOn(after, 1)).toBe('AT\r\r\nOK\r\n');
  });

  it('treats MSC RTC as the DLC\'s DTR: AT&D1 leaves data mode, AT&D2 hangs up', async () => {
    let sink: DataSink | undefined;
    const dial: CommandHandler = {
      name: '+CGMR',
      exec: () =>
        reply(basic('CONNECT'), [], [
          {
            type: 'data-mode',
            open: (s) => {
              sink = s;
              return { write: () => undefined, hangup: () => undefined };
            },
          },
        ]),
    };
    const h = await session(64, [dial]);
    await exchange(h, teFrame(1, UIH, 'ATE0&D1\r'));
    expect(dataOn(await exchange(h, teFrame(1, UIH, 'AT+CGMR\r')), 1)).toBe('\r\nCONNECT\r\n');
    let frames = await exchange(h, teFrame(0, UIH, controlMessage(0xe0, [0x07, 0x09])));
    expect(dataOn(frames, 1)).toBe('\r\nOK\r\n');
    await exchange(h, teFrame(0, UIH, controlMessage(0xe0, [0x07, 0x0d])));
    await exchange(h, teFrame(1, UIH, 'AT&D2\r'));
    expect(dataOn(await exchange(h, teFrame(1, UIH, 'ATO\r')), 1)).toBe('\r\nCONNECT\r\n');
    frames = await exchange(h, teFrame(0, UIH, controlMessage(0xe0, [0x07, 0x09])));
    expect(dataOn(frames, 1)).toBe('\r\nNO CARRIER\r\n');
    expect(sink).toBeDefined();
  });

  it('negotiates N1 with PN down to the session\'s, and uses it for the DLC', async () => {
    const h = await ModemHarness.start();
    await h.command('AT+CMUX=0,0,5,100');
    await exchange(h, teFrame(0, SABM));
    // DLC3: UIH (0), CL type 1, priority 7, T1 10, N1 200, N2 3, K 2 → the module offers 100.
    let [pn] = await exchange(h, teFrame(0, UIH, controlMessage(0x80, [0x03, 0x00, 0x07, 0x0a, 200, 0, 0x03, 0x02])));
    expect([...pn!.info]).toEqual([0x81, 0x11, 0x03, 0x00, 0x07, 0x0a, 100, 0, 0x03, 0x02]);
    // DLC1 asks for less: 20 it is.
    [pn] = await exchange(h, teFrame(0, UIH, controlMessage(0x80, [0x01, 0x00, 0x00, 0x0a, 20, 0, 0x03, 0x02])));
    expect(pn!.info.readUInt16LE(6)).toBe(20);
    await exchange(h, teFrame(1, SABM));
    const frames = await exchange(h, teFrame(1, UIH, 'ATI\r'));
    expect(frames.length).toBeGreaterThan(3);
    expect(frames.every((f) => f.info.length <= 20)).toBe(true);
    expect(dataOn(frames, 1)).toContain('Model: SIM767XX-XXXX');
  });

  it('answers RPN queries with the UART settings, PSC and RLS with responses', async () => {
    const h = await session();
    let [r] = await exchange(h, teFrame(0, UIH, controlMessage(0x90, [0x07])));
    expect([...r!.info]).toEqual([0x91, 0x11, 0x07, 0x07, 0x03, 0x00, 0x11, 0x13, 0xff, 0x3f]);
    [r] = await exchange(h, teFrame(0, UIH, controlMessage(0x40)));
    expect([...r!.info]).toEqual([0x41, 0x01]);
    [r] = await exchange(h, teFrame(0, UIH, controlMessage(0x50, [0x07, 0x00])));
    expect([...r!.info]).toEqual([0x51, 0x05, 0x07, 0x00]);
  });

  it('ignores a malformed control message without answering', async () => {
    const h = await session();
    expect(await exchange(h, teFrame(0, UIH, Buffer.from([0xe3, 0x09, 0x07])))).toEqual([]);
  });

  it('pulls the incoming-call indicator with MSC on the DLCs that print a URC, per +CFGRI', async () => {
    const h = await session();
    await exchange(h, teFrame(1, UIH, 'AT+CFGRI=1,100\r'));
    h.modem.urc('RING');
    await h.settle();
    let frames = parseFrames(h.take());
    const msc = frames.filter((f) => f.dlci === 0).map((f) => [...f.info]);
    // MSC command (C/R=1 in the type): DLC1 and DLC2, RTC|RTR|IC, DCD on (AT&C1 has no carrier → DV off).
    expect(msc).toEqual([
      [0xe3, 0x05, 0x07, 0x4d],
      [0xe3, 0x05, 0x0b, 0x4d],
    ]);
    expect(h.modem.signals.ri).toBe(true);
    await h.advance(100);
    frames = parseFrames(h.take());
    expect(frames.map((f) => [...f.info])).toEqual([
      [0xe3, 0x05, 0x07, 0x0d],
      [0xe3, 0x05, 0x0b, 0x0d],
    ]);
    expect(h.modem.signals.ri).toBe(false);
  });
});

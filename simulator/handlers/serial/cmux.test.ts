// AT+CMUX end to end, in frames: the TE opens DLC0, DLC1 and DLC2, runs AT commands on two
// channels at once, receives URCs on the right channels, and closes down.

import { describe, expect, it } from 'vitest';
import { reply, urcEffect, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { ModemHarness } from '../../testing/harness.js';
import { controlMessage, dataOn, DISC, DM, parseFrames, SABM, teFrame, UA, UIH } from '../../serial/testing/mux-te.js';

/** A command whose result arrives later as a URC on the channel that ran it. */
const delayedResult: CommandHandler = {
  name: '+CGMR',
  exec: () => reply(OK, [], [urcEffect('+DONE: later', 2000)]),
};

async function muxed(options: { handlers?: CommandHandler[] } = {}): Promise<ModemHarness> {
  const h = await ModemHarness.start(options);
  expect(await h.command('AT+CMUX=0')).toBe('AT+CMUX=0\r\r\nOK\r\n');
  return h;
}

async function exchange(h: ModemHarness, bytes: Buffer): Promise<ReturnType<typeof parseFrames>> {
  h.send(bytes);
  await h.finish();
  return parseFrames(h.take());
}

describe('AT+CMUX: a 27.010 basic-option session', () => {
  it('opens DLC0 with the well-known SABM/UA pair, then DLC1 and DLC2', async () => {
    const h = await muxed();
    h.send(Buffer.from('f9033f011cf9', 'hex'));
    await h.finish();
    expect(Buffer.from(h.take(), 'latin1').toString('hex')).toBe('f9037301d7f9');
    for (const dlci of [1, 2]) {
      const [ua] = await exchange(h, teFrame(dlci, SABM));
      expect(ua).toEqual({ dlci, cr: true, control: UA, pf: true, info: Buffer.alloc(0) });
    }
    expect(h.modem.atChannels.map((c) => c.name)).toEqual(['uart', 'dlc1', 'dlc2']);
  });

  it('runs AT commands on two channels at once, each with its own V.250 settings', async () => {
    const h = await muxed();
    for (const dlci of [0, 1, 2]) await exchange(h, teFrame(dlci, SABM));
    // The DLCs start with the UART's settings (echo on); DLC2 turns echo off for itself.
    expect(dataOn(await exchange(h, teFrame(2, UIH, 'ATE0\r')), 2)).toBe('ATE0\r\r\nOK\r\n');
    const frames = await exchange(h, Buffer.concat([teFrame(1, UIH, 'AT+CGMI\r'), teFrame(2, UIH, 'AT+CGMM\r')]));
    expect(dataOn(frames, 1)).toBe('AT+CGMI\r\r\nSIMCOM INCORPORATED\r\n\r\nOK\r\n');
    expect(dataOn(frames, 2)).toBe('\r\nSIM767XX-XXXX\r\n\r\nOK\r\n');
    // Module data frames are commands from the responder: C/R=0.
    expect(frames.every((f) => f.control === UIH && !f.cr)).toBe(true);
    // A command line split across frames is one line.
    const split = [...(await exchange(h, teFrame(1, UIH, 'AT+CG'))), ...(await exchange(h, teFrame(1, UIH, 'MI\r')))];
    expect(dataOn(split, 1)).toBe('AT+CGMI\r\r\nSIMCOM INCORPORATED\r\n\r\nOK\r\n');
  });

  it('delivers URCs on the right channels: unsolicited ones on every DLC, a command\'s own on its DLC', async () => {
    const h = await muxed({ handlers: [delayedResult] });
    for (const dlci of [0, 1, 2]) await exchange(h, teFrame(dlci, SABM));
    h.modem.urc('+CMTI: "SM",1');
    await h.settle();
    let frames = parseFrames(h.take());
    expect(dataOn(frames, 1)).toBe('\r\n+CMTI: "SM",1\r\n');
    expect(dataOn(frames, 2)).toBe('\r\n+CMTI: "SM",1\r\n');
    expect(frames.some((f) => f.dlci === 0)).toBe(false);

    expect(dataOn(await exchange(h, teFrame(2, UIH, 'AT+CGMR\r')), 2)).toBe('AT+CGMR\r\r\nOK\r\n');
    await h.advance(2000);
    frames = parseFrames(h.take());
    expect(frames.map((f) => f.dlci)).toEqual([2]);
    expect(dataOn(frames, 2)).toBe('\r\n+DONE: later\r\n');

    // +CATR=1 sends URCs to the USB1 port, which the UART does not carry.
    expect(dataOn(await exchange(h, teFrame(1, UIH, 'AT+CATR=1\r')), 1)).toBe('AT+CATR=1\r\r\nOK\r\n');
    h.modem.urc('+CMTI: "SM",2');
    await h.settle();
    expect(h.take()).toBe('');
  });

  it('holds a URC raised while a DLC runs a command until that command\'s final result code', async () => {
    const slow: CommandHandler = {
      name: '+CGMI',
      exec: async (ctx) => {
        await ctx.modem.clock.sleep(3000);
        return reply(OK, ['SLOW']);
      },
    };
    const h = await muxed({ handlers: [slow] });
    for (const dlci of [0, 1, 2]) await exchange(h, teFrame(dlci, SABM));
    h.send(teFrame(1, UIH, 'AT+CGMI\r'));
    await h.settle();
    h.modem.urc('RING');
    await h.settle();
    let frames = parseFrames(h.take());
    expect(dataOn(frames, 1)).toBe('AT+CGMI\r');
    expect(dataOn(frames, 2)).toBe('\r\nRING\r\n');
    await h.finish();
    frames = parseFrames(h.take());
    expect(dataOn(frames, 1)).toBe('\r\nSLOW\r\n\r\nOK\r\n\r\nRING\r\n');
  });

  it('cuts output into UIH frames of at most N1 octets', async () => {
    const h = await muxed();
    for (const dlci of [0, 1]) await exchange(h, teFrame(dlci, SABM));
    const frames = await exchange(h, teFrame(1, UIH, 'AT&V\r'));
    expect(frames.length).toBeGreaterThan(1);
    expect(frames.every((f) => f.info.length <= 64)).toBe(true);
    expect(dataOn(frames, 1)).toMatch(/^AT&V\r\r\n&F: 0; .*\+IPR: 115200; \+IPREX: 115200; .*\r\n\r\nOK\r\n$/);
  });

  it('answers Test, MSC and unknown control messages on DLC0', async () => {
    const h = await muxed();
    for (const dlci of [0, 1]) await exchange(h, teFrame(dlci, SABM));
    let [r] = await exchange(h, teFrame(0, UIH, controlMessage(0x20, [0x61, 0x62, 0x63])));
    expect(r!.dlci).toBe(0);
    expect([...r!.info]).toEqual([0x21, 0x07, 0x61, 0x62, 0x63]);
    [r] = await exchange(h, teFrame(0, UIH, controlMessage(0xe0, [0x07, 0x0d])));
    expect([...r!.info]).toEqual([0xe1, 0x05, 0x07, 0x0d]);
    // SNC is optional in 27.010 and not offered: NSC names the type.
    [r] = await exchange(h, teFrame(0, UIH, controlMessage(0xd0, [0x07])));
    expect([...r!.info]).toEqual([0x11, 0x03, 0xd3]);
  });

  it('closes a DLC with DISC, answers DM for it afterwards, and closes down with CLD', async () => {
    const h = await muxed();
    await h.command('ATE0'); // goes nowhere: the UART speaks frames now
    for (const dlci of [0, 1, 2]) await exchange(h, teFrame(dlci, SABM));
    expect(await exchange(h, teFrame(2, DISC))).toEqual([{ dlci: 2, cr: true, control: UA, pf: true, info: Buffer.alloc(0) }]);
    expect(await exchange(h, teFrame(2, UIH, 'AT\r'))).toEqual([{ dlci: 2, cr: true, control: DM, pf: false, info: Buffer.alloc(0) }]);
    expect((await exchange(h, teFrame(2, DISC)))[0]!.control).toBe(DM);
    const [cld] = await exchange(h, teFrame(0, UIH, controlMessage(0xc0)));
    expect([...cld!.info]).toEqual([0xc1, 0x01]);
    expect(h.modem.atChannels.map((c) => c.name)).toEqual(['uart']);
    // The UART is an AT interface again, with its own settings (echo still on).
    expect(await h.command('AT')).toBe('AT\r\r\nOK\r\n');
  });

  it('closes down on DISC of DLC0, and AT text right behind the frame is heard as AT', async () => {
    const h = await muxed();
    for (const dlci of [0, 1]) await exchange(h, teFrame(dlci, SABM));
    h.send(Buffer.concat([teFrame(0, DISC), Buffer.from('AT\r')]));
    await h.finish();
    const out = Buffer.from(h.take(), 'latin1');
    expect(out.subarray(0, 6).toString('hex')).toBe('f9037301d7f9');
    expect(out.subarray(6).toString('latin1')).toBe('AT\r\r\nOK\r\n');
  });

  it('refuses DLCs it does not have and DLCs before DLC0', async () => {
    const h = await muxed();
    expect((await exchange(h, teFrame(1, SABM)))[0]!.control).toBe(DM);
    await exchange(h, teFrame(0, SABM));
    expect((await exchange(h, teFrame(5, SABM)))[0]).toMatchObject({ dlci: 5, control: DM, pf: true });
    expect((await exchange(h, teFrame(4, SABM)))[0]).toMatchObject({ dlci: 4, control: UA });
  });

  it('answers ERROR to AT+CMUX on a DLC', async () => {
    const h = await muxed();
    for (const dlci of [0, 1]) await exchange(h, teFrame(dlci, SABM));
    expect(dataOn(await exchange(h, teFrame(1, UIH, 'AT+CMUX=0\r')), 1)).toBe('AT+CMUX=0\r\r\nERROR\r\n');
  });

  it('ends with the module: AT+CRESET on a DLC brings the UART back as AT after the boot', async () => {
    const h = await muxed();
    for (const dlci of [0, 1]) await exchange(h, teFrame(dlci, SABM));
    await exchange(h, teFrame(1, UIH, 'AT+CRESET\r'));
    await h.advance(10_000);
    expect(h.take()).toBe('\r\n*ATREADY: 1\r\n\r\n+CPIN: READY\r\n\r\nSMS DONE\r\n');
    expect(await h.command('AT')).toBe('AT\r\r\nOK\r\n');
  });
});

describe('AT+CMUX parameters', () => {
  it('reports the manual\'s defaults and the UART rate as <port_speed>', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+CMUX?')).toBe('\r\n+CMUX: 0,0,5,64,0,0,0\r\n\r\nOK\r\n');
    await h.command('AT+IPR=57600');
    expect(await h.command('AT+CMUX?')).toBe('\r\n+CMUX: 0,0,4,64,0,0,0\r\n\r\nOK\r\n');
  });

  it('checks every value against the test answer and refuses other modes', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    for (const bad of ['1', '0,1', '0,0,9', '0,0,5,0', '0,0,5,1501', '0,0,5,64,1', '0,0,5,64,0,1', '0,0,5,64,0,0,1', '0,0,5,64,0,0,1001', '"0"', '0,0,5,64,0,0,600,1', '']) {
      expect(await h.command(`AT+CMUX=${bad}`), bad).toBe('\r\nERROR\r\n');
    }
    expect(h.modem.serial.multiplexer).toBeUndefined();
  });

  it('uses <N1> as the frame size limit both ways', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+CMUX=0,0,5,16,0,0,600')).toBe('\r\nOK\r\n');
    for (const dlci of [0, 1]) await exchange(h, teFrame(dlci, SABM));
    const frames = await exchange(h, teFrame(1, UIH, 'AT+CMUX?\r'));
    expect(frames.every((f) => f.info.length <= 16)).toBe(true);
    expect(dataOn(frames, 1)).toBe('\r\n+CMUX: 0,0,5,16,0,0,600\r\n\r\nOK\r\n');
    // A frame longer than N1 is dropped.
    expect(await exchange(h, teFrame(1, UIH, 'AT+CGMI;+CGMM;+CGMR\r'))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { encodeFrame, FrameDecoder, FrameType, type DecodeError, type Frame } from './frame.js';
import { fcs27010 } from './testing/mux-te.js';

function decode(bytes: Buffer, maxInfo = 64): { frames: Frame[]; errors: DecodeError[] } {
  const frames: Frame[] = [];
  const errors: DecodeError[] = [];
  new FrameDecoder((f) => frames.push(f), () => maxInfo, (e) => errors.push(e)).feed(bytes);
  return { frames, errors };
}

describe('27.010 frames', () => {
  it('encodes the frames every 27.010 implementation knows', () => {
    expect(encodeFrame({ dlci: 0, cr: true, control: FrameType.SABM, pf: true }).toString('hex')).toBe('f9033f011cf9');
    expect(encodeFrame({ dlci: 0, cr: true, control: FrameType.UA, pf: true }).toString('hex')).toBe('f9037301d7f9');
    expect(encodeFrame({ dlci: 1, cr: true, control: FrameType.SABM, pf: true }).toString('hex')).toBe('f9073f01def9');
  });

  it('agrees with a bitwise FCS over address, control and length, and over the information for UI', () => {
    for (const len of [0, 1, 5, 127, 128, 300]) {
      const info = Buffer.alloc(len, 0x41);
      const uih = encodeFrame({ dlci: 2, cr: false, control: FrameType.UIH, pf: false, info });
      const header = [...uih.subarray(1, len < 128 ? 4 : 5)];
      expect(uih[uih.length - 2]).toBe(fcs27010(header));
      const ui = encodeFrame({ dlci: 2, cr: false, control: FrameType.UI, pf: false, info });
      expect(ui[ui.length - 2]).toBe(fcs27010([...header.slice(0, 1), FrameType.UI, ...header.slice(2), ...info]));
    }
  });

  it('decodes what it encodes, lengths over 127 included', () => {
    const info = Buffer.from('x'.repeat(200));
    const { frames, errors } = decode(encodeFrame({ dlci: 3, cr: true, control: FrameType.UIH, pf: true, info }), 1500);
    expect(errors).toEqual([]);
    expect(frames).toEqual([{ dlci: 3, cr: true, type: 'UIH', control: FrameType.UIH, pf: true, info }]);
  });

  it('reports and drops bad FCS, a missing closing flag and an over-long frame, then goes on', () => {
    const good = encodeFrame({ dlci: 1, cr: true, control: FrameType.UIH, pf: false, info: Buffer.from('ok') });
    const badFcs = Buffer.from(good);
    badFcs[badFcs.length - 2]! ^= 1;
    const noFlag = Buffer.concat([good.subarray(0, -1), Buffer.from([0x00])]);
    const long = encodeFrame({ dlci: 1, cr: true, control: FrameType.UIH, pf: false, info: Buffer.alloc(65) });
    const { frames, errors } = decode(Buffer.concat([badFcs, noFlag, long, good]));
    expect(errors).toEqual(['bad-fcs', 'no-closing-flag', 'too-long']);
    expect(frames.map((f) => f.info.toString())).toEqual(['ok']);
  });

  it('stops where told, returning how much it used', () => {
    const a = encodeFrame({ dlci: 0, cr: true, control: FrameType.DISC, pf: true });
    let seen = 0;
    const d = new FrameDecoder(() => seen++, () => 64);
    expect(d.feed(Buffer.concat([a, Buffer.from('AT\r')]), () => seen > 0)).toBe(a.length);
  });
});
